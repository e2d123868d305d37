using System.Reflection;
using System.Text.Json;
using MentorEval.Application.Scoring;
using MentorEval.Cli.Tests.Support;
using MentorEval.Core.Diagnostics;
using MentorEval.Core.Instruments;
using MentorEval.Core.Reliability;
using MentorEval.Core.Scoring;
using MentorEval.Import.Exports;
using MentorEval.Import.Responses;
using MentorEval.Testing.Stores;

namespace MentorEval.Cli.Tests.Diagnostics;

/// <summary>Issue #12: one diagnostic type for every problem a user can cause, shown the same way in the terminal, in
/// --json and in a rejects CSV; a rejected answer names its item in a field, not only in its wording.</summary>
public sealed class OneDiagnosticTests
{
    [StoreTheory]
    public async Task A_rejected_cell_has_the_same_fields_in_the_rejects_csv_in_json_and_in_the_terminal(StoreKind store)
    {
        using var program = new ProgramFolder(store);
        await program.ImportRosterAsync();
        program.Write("one-bad.csv", """
            respondent_id,pair_id,role,wave,listens,goals,trust,cancelled,meetings,comment
            MT-02,P-102,mentor,2024-07,4,9,4,2,3,
            """);

        var json = await program.ImportAsync("one-bad.csv", "--dry-run");
        var terminal = await program.RunAsync("import", "one-bad.csv", "--instrument", "pair-pulse", "--dry-run");

        var rejects = File.ReadAllLines(program.PathOf("one-bad.rejects.csv"));
        var header = rejects[0].Split(',');
        header.ShouldBe(DiagnosticText.Fields);
        var fromCsv = header.Zip(Cells(rejects[1])).ToDictionary(p => p.First, p => p.Second);
        var fromJson = JsonDocument.Parse(json.Output).RootElement.GetProperty("firstRejects").EnumerateArray().ShouldHaveSingleItem()
            .EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.Null ? "" : p.Value.ToString());
        fromJson.ShouldBe(fromCsv);
        fromCsv.ShouldBe(new Dictionary<string, string>
        {
            ["file"] = "one-bad.csv", ["row"] = "2", ["column"] = "goals", ["severity"] = "error", ["code"] = DiagnosticCodes.Response.AnswerInvalid,
            ["message"] = fromCsv["message"],
            ["fix"] = "Correct the cell to one of the answers listed, or empty it to count it as missing.",
            ["item"] = "goals", ["value"] = "9",
        });
        fromCsv["message"].ShouldStartWith("goals: 9 is outside the response scale 1–5");
        var reject = json.Summary.FirstRejects.ShouldHaveSingleItem();
        reject.ToString().ShouldBe($"one-bad.csv, row 2, column goals: {fromCsv["message"]} {fromCsv["fix"]}");
        Flat(terminal.Output).ShouldContain(Flat(DiagnosticText.Text(reject)));
    }

    [Fact]
    public void A_diagnostic_reads_as_file_row_column_message_and_fix_and_its_json_has_every_field_by_its_stable_name()
    {
        var diagnostic = new Diagnostic("dictionary.csv", DiagnosticCodes.Redcap.ChoicesInvalid, "Field \"q1\" (radio): a choice has no code.")
        {
            Row = 4, Column = "Choices, Calculations, OR Slider Labels", Fix = "Write a code before each label.",
        };

        diagnostic.ToString().ShouldBe(
            "dictionary.csv, row 4, column \"Choices, Calculations, OR Slider Labels\": Field \"q1\" (radio): a choice has no code. Write a code before each label.");
        var json = JsonSerializer.Serialize(diagnostic, Cli.App.Json.Options);
        JsonDocument.Parse(json).RootElement.EnumerateObject().Select(p => p.Name).ShouldBe(DiagnosticText.Fields);
        JsonSerializer.Deserialize<Diagnostic>(json, Cli.App.Json.Options).ShouldBe(diagnostic);
        DiagnosticText.Cells(diagnostic).ShouldBe(["dictionary.csv", "4", "Choices, Calculations, OR Slider Labels", "error",
            "redcap.choices-invalid", "Field \"q1\" (radio): a choice has no code.", "Write a code before each label.", null, null]);
    }

    [Fact]
    public void No_public_type_of_ours_is_a_problem_type_of_its_own_every_problem_is_a_diagnostic()
    {
        var ours = new[] { typeof(Diagnostic), typeof(ExportReader), typeof(Cli.App.CliApp), typeof(Storage.Database.MentorEvalDb), typeof(Reporting.Report.CohortReportWriter) }
            .Select(t => t.Assembly);
        var problemTypes = ours.SelectMany(a => a.GetExportedTypes())
            .Where(t => t.Name.Contains("Problem", StringComparison.Ordinal) || t.Name is "RejectedCell" or "FlaggedCell" or "RedcapImportError")
            .Select(t => t.FullName).ToList();

        problemTypes.ShouldBeEmpty();
    }

    [Fact]
    public void The_score_reports_respondents_left_out_of_a_scale_by_the_item_a_rejection_names_whatever_its_wording()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("pulse.csv", "respondent_id,listens,goals\nR1,4,5\nR2,9,4\nR3,3,3\n");
        var instrument = InstrumentDefinition.Parse("""
            { "id": "pulse", "version": "1.0.0", "title": "Pulse", "roles": ["mentee"],
              "responseScales": [ { "id": "five", "min": 1, "max": 5 } ],
              "items": [ { "id": "listens", "text": "Listens", "responseScale": "five" }, { "id": "goals", "text": "Goals", "responseScale": "five" } ],
              "scales": [ { "id": "relationship", "title": "Relationship", "items": ["listens", "goals"], "minAnswered": 1 } ] }
            """, "pulse.json").Instrument!;
        var answers = ExportAnswers.Read(path, instrument, new ExportReadOptions(), new ResponseImportOptions());
        // Worded as a later version might word it: the item is known from its field only.
        var reworded = answers with
        {
            Rejected = answers.Rejected.Select(r => r with { Cells = r.Cells.Select(c => c with { Message = "this answer is not on the scale" }).ToList() }).ToList(),
        };

        var report = ScoreReport.From(InstrumentScoring.Score(instrument, reworded.RespondentIds, reworded.Values, MissingDataPolicy.Pairwise), reworded);

        reworded.Rejected.ShouldHaveSingleItem().Cells.ShouldHaveSingleItem().Item.ShouldBe("listens");
        report.Scales.ShouldHaveSingleItem().Warnings.ShouldContain(w => w.StartsWith("1 respondent(s) left out because an answer was not valid for its item", StringComparison.Ordinal));
    }

    /// <summary>The cells of one CSV line as the rejects file writes them (quoted when needed, quotes doubled).</summary>
    private static List<string> Cells(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"') { cell.Append('"'); i++; }
            else if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { cells.Add(cell.ToString()); cell.Clear(); }
            else cell.Append(c);
        }

        cells.Add(cell.ToString());
        return cells;
    }

    /// <summary>The terminal wraps long lines; compared with the wrapping taken out.</summary>
    private static string Flat(string text) => string.Join(" ", text.Split((char[])[' ', '\n', '\r', '│'], StringSplitOptions.RemoveEmptyEntries));
}
