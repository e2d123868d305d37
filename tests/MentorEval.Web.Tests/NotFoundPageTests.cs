using System.Net;
using System.Text.RegularExpressions;
using MentorEval.Web.Tests.Support;

namespace MentorEval.Web.Tests;

/// <summary>Issue #13: an address naming a program, cohort or pair that does not exist answers 404 with a page in the app's layout saying what was not found and the way back.</summary>
public sealed partial class NotFoundPageTests(NotFoundPageTests.App app) : IClassFixture<NotFoundPageTests.App>
{
    public sealed class App : WebApp;

    [Theory]
    [InlineData("/programs/elsewhere", "No such program", "elsewhere")]
    [InlineData("/programs/elsewhere/cohorts/2025-fall", "No such program", "elsewhere")]
    [InlineData("/programs/elsewhere/pairs/P0081", "No such program", "elsewhere")]
    [InlineData("/programs/default/cohorts/no-such-cohort", "No such cohort", "no-such-cohort")]
    [InlineData("/programs/default/cohorts/no-such-cohort/risk", "No such cohort", "no-such-cohort")]
    [InlineData("/programs/default/cohorts/no-such-cohort/report", "No such cohort", "no-such-cohort")]
    [InlineData("/programs/default/pairs/no-such-pair", "No such pair", "no-such-pair")]
    [InlineData("/programs/default/no-such-page", "No such page", "/programs/default/no-such-page")]
    public async Task An_unknown_program_cohort_pair_or_page_is_a_404_page_in_the_layout_naming_it_with_a_link_to_the_program_home(string address, string title, string named)
    {
        var client = await app.SignedInOnceAsync();

        var response = await client.GetAsync(address);
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("text/html");
        html.ShouldContain("<a class=\"brand\" href=\"/\">MentorEval</a>", Case.Sensitive, "the app's layout");
        Heading().Match(html).Groups[1].Value.ShouldBe(title);
        WebUtility.HtmlDecode(html).ShouldContain($"\"{named}\"");
        html.ShouldContain("<a href=\"/programs/default\">Back to your program</a>");
    }

    [Fact]
    public async Task An_unknown_API_address_still_answers_problem_details()
    {
        var client = await app.SignedInOnceAsync();

        var response = await client.GetAsync("/api/programs/default/no-such-thing");

        (await response.ProblemAsync(404))["status"]!.GetValue<int>().ShouldBe(404);
    }

    [GeneratedRegex("<h1>([^<]*)</h1>")]
    private static partial Regex Heading();
}
