using System.Net;
using System.Text.RegularExpressions;
using MentorEval.Application.Files;
using MentorEval.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace MentorEval.Web.Tests;

/// <summary>Text from a leader's files (pair ids, reasons for ending) reaches the pages and the CSV as text: never markup, never a formula.</summary>
public sealed partial class HostileTextTests(HostileTextTests.App app) : IClassFixture<HostileTextTests.App>
{
    /// <summary>The app on the sample program with hostile text written in (<see cref="HostileSample"/>).</summary>
    public sealed class App : WebApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("sample", HostileSample.WriteTo(Path.Combine(Folder, "hostile-sample")));
        }
    }

    private const string RiskPage = "/programs/default/cohorts/2025-fall/risk";

    [Fact]
    public async Task The_risk_page_shows_a_pair_id_that_is_a_script_or_a_formula_as_text()
    {
        var client = await app.SignedInOnceAsync();

        var html = await client.GetStringAsync(RiskPage);

        html.ShouldNotContain(HostileSample.Script, Case.Insensitive);
        var shown = PairCells().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        shown.ShouldContain(HostileSample.ScriptPair);
        shown.ShouldContain(HostileSample.FormulaPair);
    }

    [Fact]
    public async Task The_pair_page_shows_a_pair_id_and_a_reason_for_ending_that_are_scripts_as_text()
    {
        var client = await app.SignedInOnceAsync();

        var scriptPair = await client.GetAsync($"/programs/default/pairs/{Uri.EscapeDataString(HostileSample.ScriptPair)}");
        var formulaPair = await client.GetStringAsync($"/programs/default/pairs/{Uri.EscapeDataString(HostileSample.FormulaPair)}");
        var closedPair = await client.GetStringAsync($"/programs/default/pairs/{HostileSample.ClosedPair}");

        scriptPair.StatusCode.ShouldBe(HttpStatusCode.OK);
        var scriptHtml = await scriptPair.Content.ReadAsStringAsync();
        scriptHtml.ShouldNotContain(HostileSample.Script, Case.Insensitive);
        WebUtility.HtmlDecode(Heading().Match(scriptHtml).Groups[1].Value).ShouldBe($"Pair {HostileSample.ScriptPair}");
        WebUtility.HtmlDecode(Heading().Match(formulaPair).Groups[1].Value).ShouldBe($"Pair {HostileSample.FormulaPair}");
        closedPair.ShouldNotContain(HostileSample.Script, Case.Insensitive);
        WebUtility.HtmlDecode(EndReason().Match(closedPair).Groups[1].Value).ShouldBe(HostileSample.Script);
    }

    [Fact]
    public async Task The_risk_CSV_has_the_page_s_pairs_with_the_formula_pair_id_defused_and_quoted()
    {
        var client = await app.SignedInOnceAsync();
        var html = await client.GetStringAsync(RiskPage);

        var rows = HostileSample.CsvRows(await client.GetStringAsync("/api/programs/default/cohorts/2025-fall/risk.csv"));

        var listed = PairCells().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        rows.Skip(1).Select(r => r[0]).ToList().ShouldBe(listed.Select(CsvOutput.Defused).ToList());
        rows.Select(r => r[0]).ShouldContain("'" + HostileSample.Formula);
        rows.Select(r => r[0]).ShouldContain(HostileSample.Script);
    }

    [GeneratedRegex("""<th scope="row"><a href="[^"]*">([^<]*)</a></th>""")]
    private static partial Regex PairCells();

    [GeneratedRegex("<h1>([^<]*)</h1>")]
    private static partial Regex Heading();

    [GeneratedRegex("<dt>Why it ended</dt><dd>([^<]*)</dd>")]
    private static partial Regex EndReason();
}
