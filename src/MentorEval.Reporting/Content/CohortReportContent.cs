using MentorEval.Core.Analysis;
using MentorEval.Core.Pairs;

namespace MentorEval.Reporting.Content;

/// <summary>
/// Everything the workbook and the charts show, computed once from a <see cref="ReportRequest"/>. Every group
/// statistic in here has already passed the small-cell rule.
/// </summary>
/// <param name="Analysis">The cohort's analysis (scales by wave and role, change, dyads, comparison with <c>CompareTo</c>).</param>
/// <param name="Comparison">The comparison cohort's own analysis, or null.</param>
/// <param name="Headlines">The findings in plain sentences, most important first.</param>
public sealed record CohortReportContent(
    ReportRequest Request,
    DateOnly? Start,
    DateOnly? PlannedEnd,
    IReadOnlyDictionary<PairStatus, int> PairsByStatus,
    IReadOnlyList<ResponseRateRow> ResponseRates,
    CohortReport Analysis,
    CohortReport? Comparison,
    IReadOnlyList<ReliabilityRow> Reliability,
    IReadOnlyList<ItemDistributionRow> Items,
    IReadOnlyList<ScoredResponseRow> Responses,
    IReadOnlyList<string> Headlines)
{
    public string Cohort => Request.Cohort;

    public int MinimumCell => Request.MinimumCell;

    /// <summary>The instruments the cohort answered, in the order of the request.</summary>
    public IReadOnlyList<Core.Instruments.Instrument> Instruments { get; init; } = [];

    /// <summary>The administrations whose responses the small-cell rule kept off <see cref="Responses"/>.</summary>
    public IReadOnlyList<WithheldResponses> WithheldResponses { get; init; } = [];

    /// <summary>How long the program's pairs last and why they end, every cohort (null without a roster).</summary>
    public Core.Retention.RetentionReport? Retention { get; init; }

    /// <summary>An instrument's title (its id when the cohort did not answer it).</summary>
    public string InstrumentTitle(string instrument) => Instruments.FirstOrDefault(i => i.Id == instrument)?.Title ?? instrument;

    /// <summary>A scale's title (its id when unknown).</summary>
    public string ScaleTitle(string instrument, string scale) =>
        Instruments.FirstOrDefault(i => i.Id == instrument)?.FindScale(scale)?.Title ?? scale;
}
