using System.Net;
using System.Text.RegularExpressions;
using MentorEval.Application.Files;
using MentorEval.Application.Risk;
using MentorEval.Core.Risk;
using MentorEval.Web.Tests.Support;

namespace MentorEval.Web.Tests;

/// <summary>Issue #13 point 5: the risk page says who has not answered the latest check-in, and its list downloads as a CSV.</summary>
public sealed partial class PairsAtRiskExportTests(PairsAtRiskExportTests.App app) : IClassFixture<PairsAtRiskExportTests.App>
{
    public sealed class App : WebApp;

    private const string Running = "2025-fall";
    private const string RiskPage = $"/programs/default/cohorts/{Running}/risk";

    [Fact]
    public async Task The_risk_page_names_each_running_pair_whose_mentor_or_mentee_has_not_answered_the_latest_check_in()
    {
        var client = await app.SignedInOnceAsync();

        var html = await client.GetStringAsync(RiskPage);

        // Counted here from the sample's month-6 file (2025-fall's latest wave) for the pairs the page lists as running.
        var answered = File.ReadAllLines(Repository.Path("sample-data/responses/month-6/relationship-checkin.csv")).Skip(1)
            .Select(line => line.Split(',')).Select(cells => (Pair: cells[1], Role: cells[2])).ToHashSet();
        var expected = ListedPairs(html).Select(p => (Pair: p, Mentor: !answered.Contains((p, "mentor")), Mentee: !answered.Contains((p, "mentee"))))
            .Where(p => p.Mentor || p.Mentee).OrderBy(p => p.Pair, StringComparer.Ordinal)
            .Select(p => $"{p.Pair}: {(p.Mentor && p.Mentee ? "the mentor and the mentee" : p.Mentor ? "the mentor" : "the mentee")}").ToList();
        expected.ShouldNotBeEmpty("some of the sample's running pairs skipped month-6");
        var mentees = expected.Count(e => e.EndsWith("mentee", StringComparison.Ordinal));
        var mentors = expected.Count(e => e.Contains("mentor", StringComparison.Ordinal));

        html.ShouldContain("Who has not answered the month-6 check-in</h2>");
        Unanswered().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value) + ": " + m.Groups[2].Value).ToList().ShouldBe(expected);
        WebUtility.HtmlDecode(Summary().Match(html).Groups[1].Value)
            .ShouldBe($"month-6 check-in: {mentees} mentee{(mentees == 1 ? "" : "s")} and {mentors} mentor{(mentors == 1 ? "" : "s")} have not answered.");
    }

    [Fact]
    public async Task The_risk_list_downloads_as_a_CSV_whose_rows_are_the_page_s_list_for_the_same_capacity()
    {
        var client = await app.SignedInOnceAsync();
        var html = await client.GetStringAsync(RiskPage + "?capacity=9");
        var link = CsvLink().Match(html);
        link.Success.ShouldBeTrue("the page links to its list as CSV");

        var response = await client.GetAsync(WebUtility.HtmlDecode(link.Groups[1].Value));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var rows = HostileSample.CsvRows(await response.Content.ReadAsStringAsync());
        rows[0].ShouldBe(RiskListCsv.Header.ToArray());
        rows.Skip(1).Select(r => $"{r[0]} {r[2]}").ToList()
            .ShouldBe(PageRows().Matches(html).Select(m => $"{WebUtility.HtmlDecode(m.Groups[2].Value)} {(m.Groups[1].Success ? "true" : "false")}").ToList());
        rows.Count(r => r[2] == "true").ShouldBe(9);
    }

    [Fact]
    public async Task The_risk_CSV_is_in_the_OpenAPI_document_and_refuses_a_capacity_below_one_and_an_unknown_cohort()
    {
        var client = await app.SignedInOnceAsync();

        var document = await client.GetJsonAsync("/openapi/v1.json");
        var zero = await client.GetAsync($"/api/programs/default/cohorts/{Running}/risk.csv?capacity=0");
        var unknown = await client.GetAsync("/api/programs/default/cohorts/no-such-cohort/risk.csv");

        document["paths"]!.AsObject().ContainsKey("/api/programs/{program}/cohorts/{cohort}/risk.csv").ShouldBeTrue();
        (await zero.ProblemAsync(400))["detail"]!.GetValue<string>().ShouldContain("at least 1");
        (await unknown.ProblemAsync(404))["detail"]!.GetValue<string>().ShouldContain("no-such-cohort");
    }

    [Fact]
    public void A_pair_id_or_reason_that_looks_like_a_formula_is_exported_as_quoted_text()
    {
        var result = new PredictResult(Running, "month-6", RiskMethod.Rules, null, null, "rule", 2, 2, 1,
        [
            new PairRisk("=HYPERLINK(\"http://x\",\"y\")", null, 3, true, RiskMethod.Rules, ["+1 mentee said, \"going nowhere\"", "-2 meetings", "@reason"]),
            new PairRisk("P\"1,2", 0.25, null, false, RiskMethod.Model, ["\tTab", "\rReturn"]),
        ]);
        using var stream = new MemoryStream();

        RiskListCsv.Write(stream, result);

        var rows = HostileSample.CsvRows(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        rows[1].ShouldBe(["'=HYPERLINK(\"http://x\",\"y\")", "", "true", "rules", "'+1 mentee said, \"going nowhere\"", "'-2 meetings", "'@reason"]);
        rows[2].ShouldBe(["P\"1,2", "0.25", "false", "model", "'\tTab", "'\rReturn", ""]);
        CsvOutput.Defused("=1").ShouldBe("'=1", "the same escaping as the import's rejects CSV");
    }

    private static List<string> ListedPairs(string html) => PageRows().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[2].Value)).ToList();

    [GeneratedRegex("""<tr( class="flagged")?>\s*<th scope="row"><a href="[^"]*">([^<]*)</a></th>""")]
    private static partial Regex PageRows();

    [GeneratedRegex("""<li><a href="[^"]*">([^<]*)</a>: (the [a-z ]+)</li>""")]
    private static partial Regex Unanswered();

    [GeneratedRegex("""<p id="unanswered-summary">([^<]*)</p>""")]
    private static partial Regex Summary();

    [GeneratedRegex("""<a href="([^"]*risk\.csv[^"]*)" download""")]
    private static partial Regex CsvLink();
}
