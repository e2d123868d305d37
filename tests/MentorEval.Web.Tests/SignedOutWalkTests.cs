using System.Net;
using MentorEval.Web.Tests.Support;

namespace MentorEval.Web.Tests;

/// <summary>Signed out, no route of the API answers with data: every path and method the OpenAPI document lists, and every page.</summary>
public sealed class SignedOutWalkTests : IDisposable
{
    private readonly WebApp app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task Every_route_of_the_OpenAPI_document_answers_401_signed_out_except_health()
    {
        var document = await (await app.SignedInOnceAsync()).GetJsonAsync("/openapi/v1.json");
        var anonymous = app.AnonymousClient();
        var walked = 0;
        foreach (var (template, operations) in document["paths"]!.AsObject())
        {
            var path = template.Replace("{program}", "default").Replace("{cohort}", "2025-fall");
            foreach (var (method, _) in operations!.AsObject())
            {
                using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), path);
                if (request.Method == HttpMethod.Post) request.Content = ApiCalls.Form("x.csv", [1], ("instrument", "mca-26"), ("wave", "w"));
                var response = await anonymous.SendAsync(request);
                walked++;
                if (template == "/health") response.StatusCode.ShouldBe(HttpStatusCode.OK);
                else response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, $"{method} {path}");
            }
        }

        walked.ShouldBeGreaterThanOrEqualTo(7);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/programs/default")]
    [InlineData("/programs/default/cohorts/2025-fall")]
    [InlineData("/programs/default/cohorts/2025-fall/risk")]
    [InlineData("/programs/default/import")]
    [InlineData("/programs/default/roster")]
    [InlineData("/programs/default/pairs/P0098")]
    [InlineData("/programs/default/cohorts/2025-fall/report")]
    [InlineData("/programs/default/instruments")]
    [InlineData("/programs/default/instruments/mca-26")]
    [InlineData("/programs/default/instruments/redcap")]
    [InlineData("/programs/default/risk-model")]
    public async Task Every_page_sends_a_signed_out_visitor_to_sign_in(string page)
    {
        var response = await app.AnonymousClient().GetAsync(page);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, page);
        response.Headers.Location!.AbsolutePath.ShouldBe("/sign-in");
    }
}
