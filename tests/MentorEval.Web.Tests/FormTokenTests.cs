using System.Net;
using MentorEval.Web.Tests.Support;

namespace MentorEval.Web.Tests;

/// <summary>
/// Issue #14's "forms carry antiforgery tokens": the pages' buttons that post no form field (cancel, apply, make the
/// report, train) are refused without the page's token, so another site cannot press them for a signed-in leader.
/// </summary>
public sealed class FormTokenTests(FormTokenTests.App app) : IClassFixture<FormTokenTests.App>
{
    public sealed class App : WebApp;

    [Theory]
    [InlineData("/programs/default/roster/0123456789abcdef0123456789abcdef/apply")]
    [InlineData("/programs/default/roster/0123456789abcdef0123456789abcdef/cancel")]
    [InlineData("/programs/default/import/0123456789abcdef0123456789abcdef/cancel")]
    [InlineData("/programs/default/cohorts/2025-fall/report/make")]
    [InlineData("/programs/default/risk-model/train")]
    [InlineData("/programs/default/instruments/redcap/0123456789abcdef0123456789abcdef/cancel")]
    public async Task A_button_s_post_without_the_page_s_token_is_refused(string address)
    {
        var client = await app.SignedInOnceAsync();

        var withoutToken = await client.PostAsync(address, new FormUrlEncodedContent([]));
        var plainText = await client.PostAsync(address, new StringContent("x"));

        withoutToken.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        plainText.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Without_the_token_no_report_is_started()
    {
        var client = await app.SignedInOnceAsync();

        await client.PostAsync("/programs/default/cohorts/2025-fall/report/make", new FormUrlEncodedContent([]));
        var page = await client.GetStringAsync("/programs/default/cohorts/2025-fall/report");

        page.ShouldContain("No report has been made here yet.");
    }
}
