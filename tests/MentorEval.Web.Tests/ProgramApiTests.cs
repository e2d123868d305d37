using System.Net;
using System.Text.Json.Nodes;
using ClosedXML.Excel;
using MentorEval.Application.Analysis;
using MentorEval.Application.Programs;
using MentorEval.Application.Risk;
using MentorEval.Core.Risk;
using MentorEval.Web.Tests.Support;

namespace MentorEval.Web.Tests;

/// <summary>The read side of the API on the sample program the app loads into an empty database.</summary>
public sealed class ProgramApiTests(ProgramApiTests.App app) : IClassFixture<ProgramApiTests.App>
{
    public sealed class App : WebApp;

    private const string Running = "2025-fall";

    private Workspace SameDatabase() =>
        new(AppContext.BaseDirectory, app.Database, null, Workspace.InstrumentFolderOf(null, null, AppContext.BaseDirectory, Path.Combine(AppContext.BaseDirectory, "instruments")));

    [Fact]
    public async Task Health_answers_without_sign_in_and_says_the_database_answers()
    {
        var health = await app.AnonymousClient().GetJsonAsync("/health");
        health["status"]!.GetValue<string>().ShouldBe("ok");
        health["databaseAnswers"]!.GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public async Task The_cohorts_of_the_sample_program_are_listed_with_their_pairs_by_status_and_the_last_import()
    {
        var client = await app.SignedInOnceAsync();
        var program = await client.GetJsonAsync("/api/programs/default/cohorts");
        var cohorts = program["cohorts"]!.AsArray();
        cohorts.Select(c => c!["cohort"]!.GetValue<string>()).ShouldContain(Running);
        var running = cohorts.Single(c => c!["cohort"]!.GetValue<string>() == Running)!;
        running["running"]!.GetValue<int>().ShouldBeGreaterThan(0);
        (running["running"]!.GetValue<int>() + running["completed"]!.GetValue<int>() + running["closedEarly"]!.GetValue<int>()).ShouldBe(running["pairs"]!.GetValue<int>());
        program["lastImport"]!["file"]!.GetValue<string>().ShouldEndWith(".csv");
    }

    [Fact]
    public async Task A_cohort_s_numbers_are_those_of_the_analyze_use_case_for_the_same_cohort()
    {
        var client = await app.SignedInOnceAsync();
        var cohort = await client.GetJsonAsync($"/api/programs/default/cohorts/{Running}");
        var analysed = (AnalysisOutcome.Analysed)await new AnalyseCohort(SameDatabase()).RunAsync(new CohortAnalysisRequest(Running), null, CancellationToken.None);
        JsonNode.DeepEquals(cohort["analysis"], ApiCalls.AsJson(analysed.Report)).ShouldBeTrue("the API's analysis differs from the analyze use case's");
        analysed.Report.Groups.ShouldNotBeEmpty();
        cohort["responses"]!.AsArray().ShouldNotBeEmpty();
        cohort["pairs"]!["running"]!.GetValue<int>().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task The_risk_list_is_the_predict_use_case_s_and_a_larger_flag_share_flags_more_pairs()
    {
        var client = await app.SignedInOnceAsync();
        var usual = await client.GetJsonAsync($"/api/programs/default/cohorts/{Running}/risk?flagShare=0.2");
        var more = await client.GetJsonAsync($"/api/programs/default/cohorts/{Running}/risk?flagShare=0.5");
        var predicted = (PredictOutcome.Predicted)await new PredictRisk(SameDatabase()).RunAsync(new PredictRequest(Running, Capacity: FlagCapacity.OfShare(0.2)), null, CancellationToken.None);
        JsonNode.DeepEquals(usual, ApiCalls.AsJson(predicted.Result)).ShouldBeTrue("the API's risk list differs from the predict use case's");
        more["flagged"]!.GetValue<int>().ShouldBeGreaterThan(usual["flagged"]!.GetValue<int>());
        usual["flagged"]!.GetValue<int>().ShouldBe((int)Math.Ceiling(0.2 * usual["predicted"]!.GetValue<int>() - 1e-9));
    }

    [Fact]
    public async Task A_flag_share_that_is_no_share_is_refused_as_problem_details()
    {
        var client = await app.SignedInOnceAsync();
        var problem = await (await client.GetAsync($"/api/programs/default/cohorts/{Running}/risk?flagShare=2")).ProblemAsync(400);
        problem["detail"]!.GetValue<string>().ShouldContain("flagShare must be a share");
    }

    [Fact]
    public async Task The_report_downloads_as_a_workbook_that_opens()
    {
        var client = await app.SignedInOnceAsync();
        var response = await client.GetAsync($"/api/programs/default/cohorts/{Running}/report");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentDisposition!.FileName!.ShouldContain(".xlsx");
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        workbook.Worksheets.Count.ShouldBeGreaterThan(1);
    }

    [Theory]
    [InlineData("/api/programs/other/cohorts")]
    [InlineData("/api/programs/other/cohorts/2025-fall")]
    [InlineData("/api/programs/other/cohorts/2025-fall/risk")]
    public async Task An_unknown_program_is_404_problem_details(string path)
    {
        var client = await app.SignedInOnceAsync();
        var problem = await (await client.GetAsync(path)).ProblemAsync(404);
        problem["detail"]!.GetValue<string>().ShouldContain("\"default\"");
    }

    [Fact]
    public async Task An_unknown_cohort_is_404_problem_details_naming_the_known_ones()
    {
        var client = await app.SignedInOnceAsync();
        var problem = await (await client.GetAsync("/api/programs/default/cohorts/1999-spring")).ProblemAsync(404);
        problem["detail"]!.GetValue<string>().ShouldContain(Running);
    }

    [Fact]
    public async Task The_OpenAPI_document_lists_every_route()
    {
        var client = await app.SignedInOnceAsync();
        var paths = (await client.GetJsonAsync("/openapi/v1.json"))["paths"]!.AsObject().Select(p => p.Key).ToList();
        paths.ShouldBe([
            "/health", "/api/programs/{program}/cohorts", "/api/programs/{program}/cohorts/{cohort}", "/api/programs/{program}/cohorts/{cohort}/risk",
            "/api/programs/{program}/cohorts/{cohort}/risk.csv",
            "/api/programs/{program}/cohorts/{cohort}/report", "/api/programs/{program}/imports", "/api/programs/{program}/roster",
        ], ignoreOrder: true);
    }
}
