using MentorEval.Application.Imports;
using MentorEval.Application.Instruments;
using MentorEval.Application.Programs;
using MentorEval.Core.Diagnostics;
using MentorEval.Core.Pairs;
using MentorEval.Core.Validity;
using MentorEval.Import.Exports;
using MentorEval.Import.Responses;

namespace MentorEval.Application.Validity;

/// <summary>What the groups of a measurement invariance test are.</summary>
public enum InvarianceGrouping
{
    /// <summary>No invariance test: factor analyses only.</summary>
    None,

    /// <summary>Mentors against mentees (needs a role column on every row).</summary>
    Role,
}

/// <param name="File">The survey export (relative to the workspace's folder or absolute).</param>
/// <param name="Format">As for an import: see <see cref="ExportFormats"/>.</param>
/// <param name="By">Test measurement invariance across these groups.</param>
public sealed record ValidityRequest(string File, string InstrumentId, string? Format = null, string? RespondentColumn = null,
    InvarianceGrouping By = InvarianceGrouping.None);

/// <summary>
/// What `mentoreval validity` reports: the definition's correlated-factors model and each scale's one-factor model
/// fitted to the export, and, when asked, invariance of the combined model across groups.
/// </summary>
/// <param name="Notes">Which scales were left out of which model, and why.</param>
public sealed record ValidityReport(
    string Instrument,
    string File,
    string? Format,
    int Respondents,
    int RowsRejected,
    int RowsSkipped,
    string Missing,
    IReadOnlyList<string> Notes,
    IReadOnlyList<ValidityReport.ModelReport> Models,
    MeasurementInvariance? Invariance)
{
    /// <param name="Name">"all scales" for the correlated-factors model, else the scale's id.</param>
    public sealed record ModelReport(string Name, FactorAnalysis Analysis);
}

public abstract record ValidityOutcome
{
    public sealed record Checked(ValidityReport Report) : ValidityOutcome;

    public sealed record Refused(IReadOnlyList<Diagnostic> Diagnostics) : ValidityOutcome, IRefused;
}

/// <summary>Confirmatory factor analysis and measurement invariance straight from an export, no database.</summary>
public sealed class ValidityFile(Workspace workspace)
{
    public Task<ValidityOutcome> RunAsync(ValidityRequest request, IProgress<StepProgress>? progress, CancellationToken cancel) =>
        Task.FromResult(Refusal.UnlessStoreFails(workspace, () => Run(request, progress, cancel), d => new ValidityOutcome.Refused(d)));

    private ValidityOutcome Run(ValidityRequest request, IProgress<StepProgress>? progress, CancellationToken cancel)
    {
        if (workspace.ExistingFile(request.File, "survey export").Failed(out var refusal, out var path)) return Refused(refusal);
        if (InstrumentChoice.Find(workspace.LoadLibrary(), request.InstrumentId).Failed(out refusal, out var definition)) return Refused(refusal);
        progress?.Report(new StepProgress($"Reading {Path.GetFileName(path)}"));
        var read = new ExportReadOptions { Format = ExportFormats.Parse(request.Format), RespondentColumn = request.RespondentColumn };
        if (Read(path, definition, read, null).Failed(out refusal, out var answers)) return Refused(refusal);

        var models = InstrumentModels.From(definition);
        var reports = new List<ValidityReport.ModelReport>();
        foreach (var (name, model) in (models.Combined is { } combined ? new[] { ("all scales", combined) } : [])
                 .Concat(models.Single.Select(m => (m.Factors[0].Id, m))))
        {
            cancel.ThrowIfCancellationRequested();
            progress?.Report(new StepProgress($"Fitting {name}"));
            reports.Add(new ValidityReport.ModelReport(name, ConfirmatoryFactorAnalysis.Fit(model, models.KeyedAnswers(model, answers.Values))));
        }

        MeasurementInvariance? invariance = null;
        if (request.By == InvarianceGrouping.Role)
        {
            if ((models.Combined ?? models.Single.FirstOrDefault()) is not { } model)
                return Refused(new Diagnostic(definition.Id, DiagnosticCodes.Input.NoFactorModel,
                    $"Instrument \"{definition.Id}\" has no scale of two or more items, so there is no factor model to test for invariance.")
                {
                    Fix = "Compare without --by, or use an instrument whose scales have two or more items.",
                });
            progress?.Report(new StepProgress("Testing invariance across roles"));
            if (ByRole(path, definition, read, answers).Failed(out refusal, out var byRole)) return Refused(refusal);
            invariance = MeasurementInvariance.Test(model, models.KeyedAnswers(model, byRole.Values), byRole.Roles, "role");
        }

        var report = new ValidityReport(definition.Id, answers.File, answers.Format?.ToString(), answers.Values.Count, answers.Rejected.Count,
            answers.Skipped, "listwise", models.Notes, reports, invariance);
        return new ValidityOutcome.Checked(report);
    }

    private static ValidityOutcome Refused(Refusal refusal) => new ValidityOutcome.Refused(refusal.Diagnostics);

    private static Attempt<ExportAnswers> Read(string path, Core.Instruments.Instrument definition, ExportReadOptions read, Role? role)
    {
        var answers = ExportAnswers.Read(path, definition, read, new ResponseImportOptions { Role = role });
        if (answers.Errors.Count > 0) return new Refusal(answers.Errors);
        if (answers.Values.Count == 0)
            return new Diagnostic(Path.GetFileName(path), DiagnosticCodes.Input.NothingScored,
                $"No row could be used{(role is { } r ? $" for {RoleText.Name(r)}s" : "")} ({answers.Rejected.Count} rejected, {answers.Skipped} skipped).")
            {
                Fix = "Run 'mentoreval import --dry-run' on it to see why each row was rejected.",
            };
        return answers;
    }

    /// <summary>
    /// The rows again, labelled by role. The export is read once per role (rows of the other role are skipped); a row
    /// without a role would count for both, so any such row refuses the comparison.
    /// </summary>
    private static Attempt<(List<double[]> Values, List<string> Roles)> ByRole(string path, Core.Instruments.Instrument definition, ExportReadOptions read,
        ExportAnswers all)
    {
        var values = new List<double[]>();
        var roles = new List<string>();
        foreach (var role in new[] { Role.Mentor, Role.Mentee })
        {
            if (Read(path, definition, read, role).Failed(out var refusal, out var answers)) return refusal;
            values.AddRange(answers.Values);
            roles.AddRange(answers.Values.Select(_ => RoleText.Name(role)));
        }

        if (values.Count != all.Values.Count)
            return new Diagnostic(Path.GetFileName(path), DiagnosticCodes.Input.RoleMissing,
                $"--by role needs a role column saying mentor or mentee on every row; {values.Count - all.Values.Count} row(s) have none.")
            {
                Column = "role",
                Fix = "Fill the role column (column \"role\") or compare without --by.",
            };
        return (values, roles);
    }
}
