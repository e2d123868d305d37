using MentorEval.Core.Diagnostics;
using MentorEval.Core.Reliability;
using MentorEval.Core.Scoring;
using MentorEval.Core.Text;
using MentorEval.Import.Responses;

using MentorEval.Application.Imports;

namespace MentorEval.Application.Scoring;

/// <summary>What `mentoreval score --json` prints: the instrument, each scale's scores summary and reliability, and every score.</summary>
public sealed record ScoreReport(
    string Instrument,
    string File,
    string? Format,
    int Respondents,
    int RowsRejected,
    int RowsSkipped,
    string MissingPolicy,
    IReadOnlyList<ScoreReport.ScaleReport> Scales,
    IReadOnlyList<IReadOnlyDictionary<string, object?>> Scores,
    IReadOnlyList<Diagnostic> Rejects)
{
    /// <summary>What the export's reading said about the file as a whole (the format's warnings, rows numbered for want of an id), each once.</summary>
    public IReadOnlyList<string> FileWarnings { get; init; } = [];

    public sealed record Interval(double Lower, double Upper, int N);

    public sealed record ItemReport(string Id, int N, double? Mean, double? Sd, double? RDrop, double? AlphaIfDeleted);

    public sealed record ScaleReport(
        string Id, string Title, string Method, int N, double? Mean, double? Sd, double? Alpha, double? AlphaStd, Interval? AlphaCi,
        double? AverageR, double? Lambda6, double? OmegaTotal, int ReliabilityN, IReadOnlyList<ItemReport> Items, IReadOnlyList<string> Warnings);

    internal static ScoreReport From(InstrumentScores scores, ExportAnswers answers)
    {
        var scales = scores.Scales.Select(s => Scale(s, answers)).ToList();
        var rows = new List<IReadOnlyDictionary<string, object?>>(scores.RespondentIds.Count);
        for (var r = 0; r < scores.RespondentIds.Count; r++)
        {
            var row = new Dictionary<string, object?> { ["respondentId"] = scores.RespondentIds[r] };
            foreach (var scale in scores.Scales) row[scale.Scale.Id] = double.IsNaN(scale.Scores[r]) ? null : scale.Scores[r];
            rows.Add(row);
        }

        // Values cut to a readable length: a 10 MB cell must not become 10 MB of JSON.
        return new ScoreReport(scores.Instrument.Id, answers.File, answers.Format?.ToString(), scores.RespondentIds.Count, answers.Rejected.Count,
            answers.Skipped, Policy(scores.Policy), scales, rows,
            answers.Rejected.SelectMany(r => r.Cells).Select(c => c with { Value = c.Value is null ? null : Excerpt.Of(c.Value), Message = Excerpt.OfMessage(c.Message) }).ToList())
        {
            FileWarnings = answers.Warnings,
        };
    }

    private static ScaleReport Scale(ScaleResult s, ExportAnswers answers)
    {
        var r = s.Reliability;
        var warnings = r.Warnings.Select(w => w.Message).ToList();
        var leftOut = answers.Rejected.Where(x => x.Cells.Any(c => c.Item is { } item && s.Scale.ItemIds.Contains(item))).ToList();
        if (leftOut.Count > 0)
            warnings.Add($"{leftOut.Count} respondent(s) left out because an answer was not valid for its item (e.g. outside the response scale): rows {string.Join(", ", leftOut.Take(10).Select(x => x.Row))}{(leftOut.Count > 10 ? ", …" : "")}.");
        return new ScaleReport(s.Scale.Id, s.Scale.Title, Camel(s.Scale.Method.ToString()), s.Summary.N, s.Summary.Mean, s.Summary.Sd,
            r.RawAlpha, r.StandardizedAlpha, r.AlphaInterval is { } ci ? new Interval(ci.Lower, ci.Upper, ci.Respondents) : null,
            r.AverageInterItemCorrelation, r.GuttmanLambda6, r.OmegaTotal, r.RespondentsUsed,
            r.Items.Select(i => new ItemReport(i.ItemId, i.Respondents, i.Mean, i.StandardDeviation, i.CorrectedItemTotalCorrelation, i.AlphaIfDeleted)).ToList(),
            warnings);
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    internal static string Policy(MissingDataPolicy policy) => policy == MissingDataPolicy.Listwise ? "listwise" : "pairwise";
}
