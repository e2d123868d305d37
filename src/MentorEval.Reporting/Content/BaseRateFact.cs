using MentorEval.Core.Retention;

namespace MentorEval.Reporting.Content;

internal static class BaseRateFact
{
    /// <summary>The program's early-closure rate beside the published 30–38%, as the model card and the At risk sheet give it; null without a retention analysis.</summary>
    public static string? BaseRate(this CohortReportContent content) =>
        content.Retention is { Overall.Curve.Pairs: > 0 } retention ? EarlyClosureBaseRate.Sentence(retention.Overall.EarlyClosure) : null;
}
