using System.Net;
using MentorEval.Web.Api;
using MentorEval.Web.Tests.Support;

namespace MentorEval.Web.Tests;

/// <summary>Pages say at which date each count is taken, and never show where the server keeps its files.</summary>
public sealed class CountsAndPathsTests(CountsAndPathsTests.App app) : IClassFixture<CountsAndPathsTests.App>
{
    public sealed class App : WebApp;

    private const string Running = "2025-fall";

    private async Task<string> PageAsync(string path)
    {
        var response = await (await app.SignedInOnceAsync()).GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_home_counts_pairs_running_today_and_the_flags_among_pairs_running_at_the_latest_check_in_with_its_date()
    {
        var home = await PageAsync("/programs/default");
        home.ShouldContain("Pairs running today");
        home.ShouldMatch(@"\d+ of \d+ running at month-6 \(\d{1,2} [A-Z][a-z]{2} \d{4}\)");
    }

    [Fact]
    public async Task The_risk_page_says_the_day_its_running_pairs_are_counted_on()
    {
        var risk = await PageAsync($"/programs/default/cohorts/{Running}/risk");
        risk.ShouldMatch(@"pairs running on \d{1,2} [A-Z][a-z]+ \d{4}, the day of its latest answer");
    }

    [Fact]
    public async Task No_page_shows_the_server_s_folders()
    {
        foreach (var path in new[] { "/programs/default", $"/programs/default/cohorts/{Running}", $"/programs/default/cohorts/{Running}/risk" })
            (await PageAsync(path)).ShouldNotContain(app.Folder, customMessage: path);
    }

    [Theory]
    [InlineData("Rule-based: no model at \"/srv/mentoreval/program.risk-model.json\". 'mentoreval risk train' learns one.", "Rule-based: no model. 'mentoreval risk train' learns one.")]
    [InlineData("Rule-based: the model at \"/srv/m.json\" is not used: it has no card beside it (\"/srv/m.card.json\").", "Rule-based: the model is not used: it has no card beside it (the server's file).")]
    [InlineData("C:\\ and \"relative/path.json\" are kept", "C:\\ and \"relative/path.json\" are kept")]
    public void A_sentence_for_the_terminal_is_shown_without_the_server_s_paths(string note, string shown) =>
        ServerPaths.Hide(note).ShouldBe(shown);
}
