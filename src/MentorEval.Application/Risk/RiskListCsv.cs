using MentorEval.Application.Files;

namespace MentorEval.Application.Risk;

/// <summary>The risk list as a CSV, one row per judged pair in the list's order: what `risk predict --out` writes and the web page downloads.</summary>
public static class RiskListCsv
{
    public static readonly IReadOnlyList<string> Header = ["pair_id", "probability", "flagged", "method", "reason1", "reason2", "reason3"];

    /// <summary>Pair ids and reasons are text that could start like a formula: <see cref="CsvOutput"/> defuses them.</summary>
    public static void Write(Stream stream, PredictResult result) =>
        CsvOutput.Write(stream, Header,
            result.Pairs.Select(p => (IReadOnlyList<object?>)[p.PairId, p.Probability, p.Flagged ? "true" : "false", RiskMethodText.Name(p.Method),
                p.Reasons.ElementAtOrDefault(0), p.Reasons.ElementAtOrDefault(1), p.Reasons.ElementAtOrDefault(2)]));
}
