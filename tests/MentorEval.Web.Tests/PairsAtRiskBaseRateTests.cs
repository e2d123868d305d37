using System.Net;
using System.Text.RegularExpressions;
using MentorEval.Application.Programs;
using MentorEval.Application.Risk;
using MentorEval.Web.Tests.Support;

namespace MentorEval.Web.Tests;

/// <summary>Issue #18: the Pairs at risk page says the program's early-closure rate beside the published 30–38%, as risk predict does.</summary>
public sealed class PairsAtRiskBaseRateTests(PairsAtRiskBaseRateTests.App app) : IClassFixture<PairsAtRiskBaseRateTests.App>
{
    public sealed class App : WebApp;

    [Fact]
    public async Task The_pairs_at_risk_page_gives_the_predict_use_cases_base_rate_sentence()
    {
        var client = await app.SignedInOnceAsync();

        var page = await client.GetStringAsync("/programs/default/cohorts/2025-fall/risk");

        var workspace = new Workspace(AppContext.BaseDirectory, app.Database, null,
            Workspace.InstrumentFolderOf(null, null, AppContext.BaseDirectory, Path.Combine(AppContext.BaseDirectory, "instruments")));
        var predicted = (PredictOutcome.Predicted)await new PredictRisk(workspace).RunAsync(new PredictRequest("2025-fall"), null, CancellationToken.None);
        var sentence = predicted.Result.BaseRate.ShouldNotBeNull();
        sentence.ShouldContain("published programs close 30–38% of matches early");
        var shown = Regex.Match(page, "<p class=\"note\" id=\"base-rate\">([^<]*)</p>");
        shown.Success.ShouldBeTrue("the page has no base-rate paragraph");
        WebUtility.HtmlDecode(shown.Groups[1].Value).ShouldBe(sentence);
    }
}
