using System.Reflection;
using MentorEval.Application.Analysis;
using MentorEval.Application.Imports;
using MentorEval.Application.Programs;
using MentorEval.Application.Roster;
using MentorEval.Application.Scoring;
using MentorEval.Core.Diagnostics;
using MentorEval.Core.Pairs;

namespace MentorEval.Application.Tests.Refusals;

/// <summary>
/// Issue #12: expected situations are values all the way down. A refusal is one or more diagnostics with a stable,
/// documented code, the file they are about and a fix; no type of the application layer is an exception to unwind with.
/// </summary>
public sealed class RefusalsAsValuesTests : IDisposable
{
    private readonly TemporaryFolder folder = new();

    private readonly Workspace workspace;

    public RefusalsAsValuesTests() =>
        workspace = new Workspace(folder.Path, null, null, Repository.PathOf("instruments"));

    public void Dispose() => folder.Dispose();

    [Fact]
    public void No_type_of_the_application_layer_is_an_exception_so_nothing_expected_unwinds_through_it()
    {
        typeof(ImportResponses).Assembly.GetTypes().Where(t => typeof(Exception).IsAssignableFrom(t)).Select(t => t.FullName).ShouldBeEmpty();
    }

    [Fact]
    public async Task Each_refusal_names_its_file_a_documented_code_and_a_fix()
    {
        var export = folder.File("export.csv", "respondent_id,wave\nM1,baseline\n");
        var refusals = new IRefused[]
        {
            (IRefused)await new ImportResponses(workspace).RunAsync(new ImportRequest("missing.csv", "mca-26"), null, default),
            (IRefused)await new ImportRoster(workspace).RunAsync(new RosterRequest("missing-roster.csv"), null, default),
            (IRefused)await new AnalyseCohort(workspace).RunAsync(new CohortAnalysisRequest("2024"), null, default),
            (IRefused)await new ScoreFile(workspace).RunAsync(new ScoreRequest(export, "no-such-instrument"), null, default),
            (IRefused)await new ScoreFile(workspace).RunAsync(new ScoreRequest(export, "mca-26", ScoresOut: export), null, default),
        };

        var documented = File.ReadAllText(Repository.PathOf("docs/diagnostics.md"));
        var diagnostics = refusals.Select(r => r.Diagnostics.ShouldHaveSingleItem()).ToList();
        diagnostics.Select(d => d.Code).ShouldBe([DiagnosticCodes.Input.Missing, DiagnosticCodes.Input.Missing, DiagnosticCodes.Database.Missing,
            DiagnosticCodes.Program.InstrumentUnknown, DiagnosticCodes.Output.Protected]);
        diagnostics.ShouldAllBe(d => d.File.Length > 0 && !string.IsNullOrWhiteSpace(d.Fix) && d.IsError);
        diagnostics.ShouldAllBe(d => documented.Contains($"`{d.Code}`"));
        refusals[0].Message.ShouldBe(DiagnosticText.Line(diagnostics[0]));
        File.Exists(export).ShouldBeTrue();
        File.ReadAllText(export).ShouldBe("respondent_id,wave\nM1,baseline\n");
    }

    [Fact]
    public void A_role_is_typed_as_a_role_wherever_one_is_meant_never_as_text()
    {
        // Text kept as the file wrote it is not a role yet: a cell of an export, a line of a sample's program.json.
        var asWritten = new[] { "MentorEval.Import.Exports.ExportRow", "MentorEval.Import.Sample.SampleManifest+SurveyFile" };
        var assemblies = new[] { typeof(Role), typeof(Import.Exports.ExportReader), typeof(Reporting.Report.CohortReportWriter), typeof(ImportResponses) }
            .Select(t => t.Assembly);

        var textRoles = assemblies.SelectMany(a => a.GetExportedTypes()).Where(t => !asWritten.Contains(t.FullName))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => (Type: t, Property: p)))
            .Where(x => x.Property.Name is "Role" or "Roles" && (x.Property.PropertyType == typeof(string) || typeof(IEnumerable<string>).IsAssignableFrom(x.Property.PropertyType)))
            .Select(x => $"{x.Type.FullName}.{x.Property.Name}").ToList();

        textRoles.ShouldBeEmpty();
    }
}
