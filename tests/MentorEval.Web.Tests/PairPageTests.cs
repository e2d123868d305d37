using System.Net;
using System.Text.Encodings.Web;
using MentorEval.Application.Pairs;
using MentorEval.Application.Programs;
using MentorEval.Application.Risk;
using MentorEval.Web.Components.Pages;
using MentorEval.Web.Tests.Support;

namespace MentorEval.Web.Tests;

/// <summary>The pair page on the sample program the app loads into an empty database.</summary>
public sealed class PairPageTests(PairPageTests.App app) : IClassFixture<PairPageTests.App>
{
    public sealed class App : WebApp;

    private const string Running = "2025-fall";

    private Workspace SameDatabase() =>
        new(AppContext.BaseDirectory, app.Database, null, Workspace.InstrumentFolderOf(null, null, AppContext.BaseDirectory, Path.Combine(AppContext.BaseDirectory, "instruments")));

    [Fact]
    public async Task A_flagged_pair_s_page_shows_its_reasons_and_the_scores_of_the_use_case_and_the_risk_list_links_to_it()
    {
        var client = await app.SignedInOnceAsync();
        var predicted = (PredictOutcome.Predicted)await new PredictRisk(SameDatabase()).RunAsync(new PredictRequest(Running), null, CancellationToken.None);
        var flagged = predicted.Result.Pairs.First(p => p.Flagged);
        var pair = ((PairOutcome.Described)await new DescribePair(SameDatabase()).RunAsync(new PairRequest(flagged.PairId), CancellationToken.None)).Pair;
        var address = $"/programs/default/pairs/{Uri.EscapeDataString(flagged.PairId)}";

        var page = await client.GetAsync(address);
        var html = await page.Content.ReadAsStringAsync();

        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("Yes: flagged for a follow-up");
        flagged.Reasons.ShouldNotBeEmpty();
        foreach (var reason in flagged.Reasons) html.ShouldContain($"<li>{HtmlEncoder.Default.Encode(reason)}</li>");
        var cells = 0;
        foreach (var checkIn in pair.Timeline)
        {
            foreach (var role in checkIn.Roles)
            foreach (var score in role.Scores)
            {
                html.ShouldContain($"data-key=\"{HtmlEncoder.Default.Encode(PairPage.Key(checkIn, role.Role, score.Scale))}\">{HtmlEncoder.Default.Encode(PairPage.Number(score.Score))}</td>");
                cells++;
            }

            foreach (var gap in checkIn.Gaps)
                html.ShouldContain($"data-key=\"{HtmlEncoder.Default.Encode(PairPage.Key(checkIn, null, gap.Scale))}\">{HtmlEncoder.Default.Encode(PairPage.Number(gap.Gap))}</td>");
        }

        cells.ShouldBeGreaterThan(0);
        (await client.GetStringAsync($"/programs/default/cohorts/{Running}/risk")).ShouldContain($"href=\"{HtmlEncoder.Default.Encode(address)}\"");
    }

    [Fact]
    public async Task A_pair_the_roster_does_not_have_is_not_found()
    {
        var client = await app.SignedInOnceAsync();

        var known = (PredictOutcome.Predicted)await new PredictRisk(SameDatabase()).RunAsync(new PredictRequest(Running), null, CancellationToken.None);

        var page = await client.GetAsync("/programs/default/pairs/no-such-pair");
        var pairOfTheRoster = await client.GetAsync($"/programs/default/pairs/{Uri.EscapeDataString(known.Result.Pairs[0].PairId)}");

        page.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        pairOfTheRoster.StatusCode.ShouldBe(HttpStatusCode.OK, "the same address with a pair of the roster is the pair's page");
    }
}
