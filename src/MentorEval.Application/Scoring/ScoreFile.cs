using MentorEval.Core.Diagnostics;
using MentorEval.Application.Files;
using MentorEval.Application.Imports;
using MentorEval.Application.Instruments;
using MentorEval.Application.Programs;
using MentorEval.Core.Pairs;
using MentorEval.Core.Reliability;
using MentorEval.Core.Scoring;
using MentorEval.Import.Exports;
using MentorEval.Import.Responses;

namespace MentorEval.Application.Scoring;

/// <param name="File">The survey export (relative to the workspace's folder or absolute).</param>
/// <param name="Format">As for an import: see <see cref="ExportFormats"/>.</param>
/// <param name="Role">Score only rows answered by this role (needs a role column).</param>
/// <param name="ScoresOut">Also write the scores here (CSV: respondent_id then one column per scale).</param>
/// <param name="ReliabilityOut">Also write reliability and item statistics here (CSV).</param>
/// <param name="IncludeTestResponses">Take Qualtrics test and preview responses as real ones.</param>
public sealed record ScoreRequest(string File, string InstrumentId, string? Format = null, string? RespondentColumn = null, Role? Role = null,
    MissingDataPolicy Missing = MissingDataPolicy.Pairwise, string? ScoresOut = null, string? ReliabilityOut = null, bool IncludeTestResponses = false);

public abstract record ScoreOutcome
{
    /// <param name="Written">The files written, in the order asked.</param>
    public sealed record Scored(ScoreReport Report, IReadOnlyList<string> Written) : ScoreOutcome;

    public sealed record Refused(IReadOnlyList<Diagnostic> Diagnostics) : ScoreOutcome, IRefused;
}

/// <summary>Scale scores and reliability straight from an export, no database.</summary>
public sealed class ScoreFile(Workspace workspace)
{
    public Task<ScoreOutcome> RunAsync(ScoreRequest request, IProgress<StepProgress>? progress, CancellationToken cancel) =>
        Task.FromResult(Refusal.UnlessStoreFails(workspace, () => Run(request, progress, cancel), d => new ScoreOutcome.Refused(d)));

    private ScoreOutcome Run(ScoreRequest request, IProgress<StepProgress>? progress, CancellationToken cancel)
    {
        if (workspace.ExistingFile(request.File, "survey export").Failed(out var refusal, out var path)) return Refused(refusal);
        // Both files are started before any work, so a target that cannot be written stops the use case at once.
        using var outputs = new OutputFiles(workspace.Guard((path, "the survey export")));
        var scoresFile = request.ScoresOut is { } scoresPath ? outputs.Open(workspace.FullPath(scoresPath), "the scores file", "--out") : null;
        var reliabilityFile = request.ReliabilityOut is { } reliabilityPath
            ? outputs.Open(workspace.FullPath(reliabilityPath), "the reliability file", "--reliability")
            : null;
        if (outputs.Problem is { } unwritable) return Refused(unwritable);
        if (InstrumentChoice.Find(workspace.LoadLibrary(), request.InstrumentId).Failed(out refusal, out var definition)) return Refused(refusal);
        progress?.Report(new StepProgress($"Reading {Path.GetFileName(path)}"));
        var read = new ExportReadOptions { Format = ExportFormats.Parse(request.Format), RespondentColumn = request.RespondentColumn };
        var answers = ExportAnswers.Read(path, definition, read, new ResponseImportOptions { Role = request.Role, IncludeTestResponses = request.IncludeTestResponses });
        if (answers.Errors.Count > 0) return new ScoreOutcome.Refused(answers.Errors);
        if (answers.Values.Count == 0 && answers.EverySkippedAsTest is { } tests) return new ScoreOutcome.Refused([tests]);
        if (answers.Values.Count == 0)
            return Refused(new Diagnostic(Path.GetFileName(path), DiagnosticCodes.Input.NothingScored,
                $"No row could be scored ({answers.Rejected.Count} rejected, {answers.Skipped} skipped).")
            {
                Fix = "Run 'mentoreval import --dry-run' on it to see why each row was rejected.",
            });

        cancel.ThrowIfCancellationRequested();
        progress?.Report(new StepProgress("Scoring"));
        var scores = InstrumentScoring.Score(definition, answers.RespondentIds, answers.Values, request.Missing);
        var report = ScoreReport.From(scores, answers);
        if (scoresFile is not null) WriteScores(scoresFile.Stream, scores, answers.Contexts);
        if (reliabilityFile is not null) WriteReliability(reliabilityFile.Stream, report);
        if (outputs.MoveIntoPlace() is { } failed) return Refused(failed);
        var written = new[] { scoresFile, reliabilityFile }.OfType<OutputFile>().Select(f => f.Target).ToList();
        return new ScoreOutcome.Scored(report, written);
    }

    private static ScoreOutcome Refused(Refusal refusal) => new ScoreOutcome.Refused(refusal.Diagnostics);

    /// <summary>respondent_id, then role, pair_id and wave where the export gives them, then one column per scale.</summary>
    private static void WriteScores(Stream output, InstrumentScores scores, IReadOnlyList<RespondentContext> contexts)
    {
        var context = new (string Column, Func<RespondentContext, object?> Value)[]
            {
                ("role", c => c.Role?.Name()),
                ("pair_id", c => c.PairId),
                ("wave", c => c.Wave),
            }
            .Where(column => contexts.Any(c => column.Value(c) is not null))
            .ToList();
        CsvOutput.Write(output, ["respondent_id", .. context.Select(c => c.Column), .. scores.Scales.Select(s => s.Scale.Id)],
            scores.RespondentIds.Select((id, r) => (IReadOnlyList<object?>)
                [id, .. context.Select(c => c.Value(contexts[r])), .. scores.Scales.Select(s => (object?)s.Scores[r])]));
    }

    /// <summary>One row per scale (item empty) with the scale's figures, then one row per item with the item's.</summary>
    private static void WriteReliability(Stream output, ScoreReport report)
    {
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var s in report.Scales)
        {
            rows.Add([s.Id, "", s.ReliabilityN, s.Mean, s.Sd, null, null, s.Alpha, s.AlphaStd, s.AlphaCi?.Lower, s.AlphaCi?.Upper,
                s.AverageR, s.Lambda6, s.OmegaTotal, report.MissingPolicy, string.Join(" | ", s.Warnings),
                null, null, null, null, s.SignalToNoise, s.AlphaSe, s.AlphaCiDuhachek?.Lower, s.AlphaCiDuhachek?.Upper, s.MedianR, s.RespondentsNote]);
            foreach (var i in s.Items)
                rows.Add([s.Id, i.Id, i.N, i.Mean, i.Sd, i.RDrop, i.AlphaIfDeleted, null, null, null, null, null, null, null, report.MissingPolicy, "",
                    i.RawR, i.StdR, i.RCor, i.MissingShare, null, null, null, null, null, ""]);
        }

        CsvOutput.Write(output, ["scale", "item", "n", "mean", "sd", "r_drop", "alpha_if_deleted", "raw_alpha", "std_alpha",
            "alpha_ci_lower", "alpha_ci_upper", "average_r", "lambda6", "omega_total", "missing_policy", "warnings",
            "raw_r", "std_r", "r_cor", "missing_share", "signal_to_noise", "alpha_se", "alpha_duhachek_lower", "alpha_duhachek_upper", "median_r", "respondents"], rows);
    }
}
