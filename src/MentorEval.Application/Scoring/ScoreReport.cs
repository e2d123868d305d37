using System.Globalization;
using MentorEval.Core.Diagnostics;
using MentorEval.Core.Pairs;
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

    public sealed record Bounds(double Lower, double Upper);

    public sealed record ItemReport(string Id, int N, double? Mean, double? Sd, double? RDrop, double? AlphaIfDeleted)
    {
        /// <summary>psych <c>raw.r</c>: the item with each respondent's mean over the items they answered.</summary>
        public double? RawR { get; init; }

        /// <summary>psych <c>std.r</c>: the item with the total of standardized items.</summary>
        public double? StdR { get; init; }

        /// <summary>psych <c>r.cor</c>: std.r corrected for the item's overlap with the total.</summary>
        public double? RCor { get; init; }

        /// <summary>Share of the item's answers per value, after reverse keying (psych <c>$response.freq</c>); null past ten values.</summary>
        public IReadOnlyDictionary<string, double>? ResponseFrequencies { get; init; }

        /// <summary>Share of the respondents who left the item unanswered (psych <c>$response.freq[, "miss"]</c>).</summary>
        public double MissingShare { get; init; }
    }

    public sealed record ScaleReport(
        string Id, string Title, string Method, int N, double? Mean, double? Sd, double? Alpha, double? AlphaStd, Interval? AlphaCi,
        double? AverageR, double? Lambda6, double? OmegaTotal, int ReliabilityN, IReadOnlyList<ItemReport> Items, IReadOnlyList<string> Warnings)
    {
        /// <summary>Respondents behind the mean and sd: those who answered at least the scale's minAnswered items (= N).</summary>
        public int MeanN { get; init; }

        /// <summary>Respondents behind alpha and the item figures: any answer to the scale (pairwise) or every item (listwise).</summary>
        public int AlphaN { get; init; }

        /// <summary>Which respondents each figure uses, in a sentence.</summary>
        public string RespondentsNote { get; init; } = "";

        /// <summary>psych <c>$total$`S/N`</c>.</summary>
        public double? SignalToNoise { get; init; }

        /// <summary>psych <c>$total$ase</c>: alpha's asymptotic standard error.</summary>
        public double? AlphaSe { get; init; }

        /// <summary>Alpha ± 1.96 ase, psych's "Duhachek" 95% confidence boundaries.</summary>
        public Bounds? AlphaCiDuhachek { get; init; }

        /// <summary>psych <c>$total$median_r</c>.</summary>
        public double? MedianR { get; init; }

        /// <summary>The answer values <see cref="ItemReport.ResponseFrequencies"/> count, ascending; empty past ten values.</summary>
        public IReadOnlyList<string> ResponseValues { get; init; } = [];
    }

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
            FileWarnings = [.. answers.Warnings, .. PooledRoles(answers.Contexts)],
        };
    }

    /// <summary>A warning when the role column has both roles: one alpha then mixes two groups that may read the items differently.</summary>
    private static IEnumerable<string> PooledRoles(IReadOnlyList<RespondentContext> contexts)
    {
        var mentors = contexts.Count(c => c.Role == Role.Mentor);
        var mentees = contexts.Count(c => c.Role == Role.Mentee);
        if (mentors > 0 && mentees > 0)
            yield return $"The role column has both roles, so mentors and mentees are pooled in every figure below ({mentors} mentor and {mentees} mentee answer sheets); " +
                         "they may not read the items alike: score each role apart with --role mentor and --role mentee.";
    }

    private static ScaleReport Scale(ScaleResult s, ExportAnswers answers)
    {
        var r = s.Reliability;
        var warnings = r.Warnings.Select(w => w.Message).ToList();
        var leftOut = answers.Rejected.Where(x => x.Cells.Any(c => c.Item is { } item && s.Scale.ItemIds.Contains(item))).ToList();
        if (leftOut.Count > 0)
            warnings.Add($"{leftOut.Count} respondent(s) left out because an answer was not valid for its item (e.g. outside the response scale): rows {string.Join(", ", leftOut.Take(10).Select(x => x.Row))}{(leftOut.Count > 10 ? ", …" : "")}.");
        var d = r.Details;
        var values = d.ResponseValues?.Select(v => v.ToString(CultureInfo.InvariantCulture)).ToList() ?? [];
        return new ScaleReport(s.Scale.Id, s.Scale.Title, Camel(s.Scale.Method.ToString()), s.Summary.N, s.Summary.Mean, s.Summary.Sd,
            r.RawAlpha, r.StandardizedAlpha, r.AlphaInterval is { } ci ? new Interval(ci.Lower, ci.Upper, ci.Respondents) : null,
            r.AverageInterItemCorrelation, r.GuttmanLambda6, r.OmegaTotal, r.RespondentsUsed,
            r.Items.Select((i, x) => new ItemReport(i.ItemId, i.Respondents, i.Mean, i.StandardDeviation, i.CorrectedItemTotalCorrelation, i.AlphaIfDeleted)
            {
                RawR = d.Items[x].ItemTotalCorrelation,
                StdR = d.Items[x].StandardizedItemTotalCorrelation,
                RCor = d.Items[x].OverlapCorrectedItemTotalCorrelation,
                ResponseFrequencies = d.Items[x].ResponseShares is { } shares ? values.Zip(shares).ToDictionary(p => p.First, p => p.Second) : null,
                MissingShare = d.Items[x].MissingShare,
            }).ToList(),
            warnings)
        {
            MeanN = s.Summary.N,
            AlphaN = d.RespondentsAnswering,
            RespondentsNote = RespondentsNote(s, d.RespondentsAnswering, r.Policy),
            SignalToNoise = d.SignalToNoise,
            AlphaSe = d.AlphaStandardError,
            AlphaCiDuhachek = d.DuhachekInterval is { } b ? new Bounds(b.Lower, b.Upper) : null,
            MedianR = d.MedianInterItemCorrelation,
            ResponseValues = values,
        };
    }

    private static string RespondentsNote(ScaleResult s, int alphaN, MissingDataPolicy policy)
    {
        var k = s.Scale.ItemIds.Count;
        var mean = $"mean and sd: the {s.Summary.N} respondent(s) who answered at least {s.Scale.RequiredAnswers} of the {k} items, the scale's minimum";
        var alpha = policy == MissingDataPolicy.Listwise
            ? $"alpha and item figures: the {alphaN} respondent(s) who answered every item (listwise)"
            : $"alpha and item figures: the {alphaN} respondent(s) with any answer, each correlation from those who answered both items (pairwise)";
        return $"{mean}; {alpha}.";
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    internal static string Policy(MissingDataPolicy policy) => policy == MissingDataPolicy.Listwise ? "listwise" : "pairwise";
}
