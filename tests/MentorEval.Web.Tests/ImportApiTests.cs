using System.Text;
using System.Text.Json.Nodes;
using MentorEval.Web.Tests.Support;

namespace MentorEval.Web.Tests;

/// <summary>Uploading survey exports and rosters through the API, on the sample program.</summary>
public sealed class ImportApiTests(ImportApiTests.App app) : IClassFixture<ImportApiTests.App>
{
    public sealed class App : WebApp;

    /// <summary>
    /// Ten month-6 check-ins of the sample, as a new wave (month-9), where the third row answers "trust" with "Sometimes",
    /// which is no label of the instrument's scale.
    /// </summary>
    private static byte[] CheckInsWithABadLabel(string wave)
    {
        var lines = File.ReadAllLines(Repository.Path("sample-data/responses/month-6/relationship-checkin.csv")).Take(11).ToArray();
        var header = lines[0].Split(',');
        var waveColumn = Array.IndexOf(header, "wave");
        var trust = Array.IndexOf(header, "trust");
        for (var i = 1; i < lines.Length; i++)
        {
            var cells = lines[i].Split(',');
            cells[waveColumn] = wave;
            if (i == 3) cells[trust] = "Sometimes";
            lines[i] = string.Join(',', cells);
        }

        return Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n");
    }

    private static MultipartFormDataContent Upload(byte[] file, string wave, bool dryRun = false) =>
        ApiCalls.Form("check-in month 9.csv", file, ("instrument", "relationship-checkin"), ("wave", wave), ("dryRun", dryRun ? "true" : "false"));

    [Fact]
    public async Task An_export_with_a_bad_label_stores_its_valid_rows_lists_the_rejected_one_and_is_recognised_when_sent_again()
    {
        var client = await app.SignedInOnceAsync();
        var file = CheckInsWithABadLabel("month-9");
        var first = await (await client.PostFormAsync("/api/programs/default/imports", Upload(file, "month-9"))).JsonAsync();
        first["outcome"]!.GetValue<string>().ShouldBe("committed", first.ToJsonString());
        var summary = first["summary"]!;
        summary["rowsRead"]!.GetValue<int>().ShouldBe(10);
        summary["rejected"]!.GetValue<int>().ShouldBe(1);
        summary["imported"]!.GetValue<int>().ShouldBe(9);
        summary["format"]!.GetValue<string>().ShouldNotBeNullOrEmpty();
        summary["file"]!.GetValue<string>().ShouldBe("check-in_month_9.csv");
        var reject = summary["firstRejects"]!.AsArray().Single()!;
        reject["row"]!.GetValue<int>().ShouldBe(4);
        reject["column"]!.GetValue<string>().ShouldBe("trust");
        reject["value"]!.GetValue<string>().ShouldBe("Sometimes");
        reject["message"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
        reject["code"]!.GetValue<string>().ShouldBe("response.answer-invalid");
        reject["item"]!.GetValue<string>().ShouldBe("trust");

        var cohorts = await client.GetJsonAsync("/api/programs/default/cohorts");
        cohorts["lastImport"]!["imported"]!.GetValue<int>().ShouldBe(9);

        var again = await (await client.PostFormAsync("/api/programs/default/imports", Upload(file, "month-9"))).JsonAsync();
        again["outcome"]!.GetValue<string>().ShouldBe("alreadyImported");
        again["summary"]!["alreadyImported"]!.GetValue<string>().ShouldContain("nothing was imported again");
    }

    [Fact]
    public async Task A_dry_run_reads_and_checks_everything_and_stores_nothing()
    {
        var client = await app.SignedInOnceAsync();
        var before = (await client.GetJsonAsync("/api/programs/default/cohorts"))["lastImport"]!.ToJsonString();
        var dry = await (await client.PostFormAsync("/api/programs/default/imports", Upload(CheckInsWithABadLabel("month-10"), "month-10", dryRun: true))).JsonAsync();
        dry["outcome"]!.GetValue<string>().ShouldBe("rolledBack");
        dry["summary"]!["imported"]!.GetValue<int>().ShouldBe(9);
        dry["summary"]!["rejected"]!.GetValue<int>().ShouldBe(1);
        (await client.GetJsonAsync("/api/programs/default/cohorts"))["lastImport"]!.ToJsonString().ShouldBe(before);
    }

    [Fact]
    public async Task An_import_without_an_instrument_or_of_an_unknown_one_is_refused_as_problem_details()
    {
        var client = await app.SignedInOnceAsync();
        var missing = await (await client.PostFormAsync("/api/programs/default/imports", ApiCalls.Form("x.csv", [1], ("wave", "w")))).ProblemAsync(400);
        missing["detail"]!.GetValue<string>().ShouldContain("instrument");
        var unknown = await (await client.PostFormAsync("/api/programs/default/imports",
            ApiCalls.Form("x.csv", CheckInsWithABadLabel("month-11"), ("instrument", "no-such-survey"), ("wave", "month-11")))).ProblemAsync(400);
        unknown["detail"]!.GetValue<string>().ShouldContain("no-such-survey");
        // The upload's temporary copy is the server's business: its folder never reaches the client.
        unknown["detail"]!.GetValue<string>().ShouldNotContain("mentoreval-upload");
    }

    [Fact]
    public async Task A_roster_dry_run_previews_the_changes_and_stores_nothing()
    {
        var client = await app.SignedInOnceAsync();
        var roster = File.ReadAllLines(Repository.Path("sample-data/roster.csv")).ToList();
        roster.Add("P9999,2025-fall,M9999,E9999,2025-09-15,2026-06-15,active,,");
        var body = Encoding.UTF8.GetBytes(string.Join('\n', roster) + "\n");
        var preview = await (await client.PostFormAsync("/api/programs/default/roster", ApiCalls.Form("roster.csv", body, ("dryRun", "true")))).JsonAsync();
        preview["dryRun"]!.GetValue<bool>().ShouldBeTrue();
        preview["changes"]!.AsArray().Where(c => c!["added"]!.GetValue<bool>()).Select(c => c!["pairId"]!.GetValue<string>()).ShouldBe(["P9999"]);
        var cohort = (await client.GetJsonAsync("/api/programs/default/cohorts"))["cohorts"]!.AsArray().Single(c => c!["cohort"]!.GetValue<string>() == "2025-fall")!;
        var stored = cohort["pairs"]!.GetValue<int>();
        var added = await (await client.PostFormAsync("/api/programs/default/roster", ApiCalls.Form("roster.csv", body))).JsonAsync();
        added["dryRun"]!.GetValue<bool>().ShouldBeFalse();
        (await client.GetJsonAsync("/api/programs/default/cohorts"))["cohorts"]!.AsArray()
            .Single(c => c!["cohort"]!.GetValue<string>() == "2025-fall")!["pairs"]!.GetValue<int>().ShouldBe(stored + 1);
    }

    [Fact]
    public async Task A_roster_with_a_bad_row_is_refused_whole_with_row_and_column()
    {
        var client = await app.SignedInOnceAsync();
        var body = Encoding.UTF8.GetBytes("pair_id,cohort,mentor_id,mentee_id,start_date,planned_end_date,status,end_date,closure_reason\nP1,2025-fall,M1,E1,not a date,2026-06-15,active,,\n");
        var problem = await (await client.PostFormAsync("/api/programs/default/roster", ApiCalls.Form("roster.csv", body))).ProblemAsync(422);
        var row = problem["problems"]!.AsArray().First()!;
        row["row"]!.GetValue<int>().ShouldBe(2);
        row["column"]!.GetValue<string>().ShouldBe("start_date");
    }
}
