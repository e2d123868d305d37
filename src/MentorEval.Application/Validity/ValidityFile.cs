using MentorEval.Application.Imports;
using MentorEval.Application.Instruments;
using MentorEval.Application.Programs;
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

    public sealed record Refused(string Message) : ValidityOutcome, IRefused;
}

/// <summary>Confirmatory factor analysis and measurement invariance straight from an export, no database.</summary>
public sealed class ValidityFile(Workspace workspace)
{
    public Task<ValidityOutcome> RunAsync(ValidityRequest request, IProgress<StepProgress>? progress, CancellationToken cancel) =>
        Refusal.CatchAsync<ValidityOutcome>(() =>
        {
            var path = workspace.ExistingFile(request.File, "survey export");
            var definition = InstrumentChoice.Find(workspace.LoadLibrary(), request.InstrumentId);
            progress?.Report(new StepProgress($"Reading {Path.GetFileName(path)}"));
            var read = new ExportReadOptions { Format = ExportFormats.Parse(request.Format), RespondentColumn = request.RespondentColumn };
            var answers = Read(path, definition, read, null);

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
                var model = models.Combined ?? models.Single.FirstOrDefault()
                    ?? throw new RefusedException($"Instrument \"{definition.Id}\" has no scale of two or more items, so there is no factor model to test for invariance.");
                progress?.Report(new StepProgress("Testing invariance across roles"));
                var (values, roles) = ByRole(path, definition, read, answers);
                invariance = MeasurementInvariance.Test(model, models.KeyedAnswers(model, values), roles, "role");
            }

            var report = new ValidityReport(definition.Id, answers.File, answers.Format?.ToString(), answers.Values.Count, answers.Rejected.Count,
                answers.Skipped, "listwise", models.Notes, reports, invariance);
            return Task.FromResult<ValidityOutcome>(new ValidityOutcome.Checked(report));
        }, message => new ValidityOutcome.Refused(message));

    private static ExportAnswers Read(string path, Core.Instruments.Instrument definition, ExportReadOptions read, Role? role)
    {
        var answers = ExportAnswers.Read(path, definition, read, new ResponseImportOptions { Role = role });
        if (answers.Errors.Count > 0) throw new RefusedException(string.Join(Environment.NewLine, answers.Errors));
        if (answers.Values.Count == 0)
            throw new RefusedException($"{Path.GetFileName(path)}: no row could be used{(role is { } r ? $" for {RoleText.Name(r)}s" : "")} ({answers.Rejected.Count} rejected, {answers.Skipped} skipped). " +
                                       "Run 'mentoreval import --dry-run' on it to see why each row was rejected.");
        return answers;
    }

    /// <summary>
    /// The rows again, labelled by role. The export is read once per role (rows of the other role are skipped); a row
    /// without a role would count for both, so any such row refuses the comparison.
    /// </summary>
    private static (List<double[]> Values, List<string> Roles) ByRole(string path, Core.Instruments.Instrument definition, ExportReadOptions read, ExportAnswers all)
    {
        var values = new List<double[]>();
        var roles = new List<string>();
        foreach (var role in new[] { Role.Mentor, Role.Mentee })
        {
            var answers = Read(path, definition, read, role);
            values.AddRange(answers.Values);
            roles.AddRange(answers.Values.Select(_ => RoleText.Name(role)));
        }

        if (values.Count != all.Values.Count)
            throw new RefusedException($"{Path.GetFileName(path)}: --by role needs a role column saying mentor or mentee on every row; " +
                                       $"{values.Count - all.Values.Count} row(s) have none. Fill the role column (column \"role\") or compare without --by.");
        return (values, roles);
    }
}
