using MentorEval.Core.Analysis;
using MentorEval.Core.Instruments;
using MentorEval.Core.Pairs;
using MentorEval.Core.Retention;

namespace MentorEval.Application.Dashboard;

/// <summary>
/// What a cohort's web dashboard shows: the report's own figures and charts (computed by the workbook's code, with its
/// small-cell rule), the charts as SVG, and the cohorts it may be compared with.
/// </summary>
/// <param name="Analysis">The cohort's analysis: scales by wave and role, change, mentor–mentee agreement (as `analyze`).</param>
/// <param name="Comparison">The comparison cohort's analysis, or null.</param>
/// <param name="Retention">How long the program's pairs last, every cohort (as `retention` and the Retention sheet); null without a roster.</param>
/// <param name="Findings">The report's findings, in sentences (the Overview's).</param>
/// <param name="Answers">How each rated question was answered at the latest wave each instrument was given to each role (the Items sheet's rows the answer charts show).</param>
/// <param name="OtherCohorts">The program's other cohorts, to compare with.</param>
public sealed record CohortDashboardContent(
    string Cohort,
    string? CompareTo,
    int MinimumCell,
    IReadOnlyList<Instrument> Instruments,
    CohortReport Analysis,
    CohortReport? Comparison,
    RetentionReport? Retention,
    IReadOnlyList<string> Findings,
    IReadOnlyList<QuestionAnswers> Answers,
    IReadOnlyList<DashboardChart> Charts,
    IReadOnlyList<string> OtherCohorts)
{
    public DashboardChart? Chart(DashboardChartKind kind, string? instrument = null, Role? role = null) =>
        ChartsOf(kind, instrument, role).FirstOrDefault();

    /// <summary>Every part of a chart: scale means of more than eight lines are split over several charts, as in the workbook.</summary>
    public IEnumerable<DashboardChart> ChartsOf(DashboardChartKind kind, string? instrument, Role? role) =>
        Charts.Where(c => c.Kind == kind && c.Instrument == instrument && c.Role == role);

    public string ScaleTitle(string instrument, string scale) => Instruments.FirstOrDefault(i => i.Id == instrument)?.FindScale(scale)?.Title ?? scale;

    public string InstrumentTitle(string instrument) => Instruments.FirstOrDefault(i => i.Id == instrument)?.Title ?? instrument;
}

public enum DashboardChartKind
{
    Retention,
    ScaleMeans,
    Answers,
}

/// <summary>A chart of the report, drawn as SVG by the same code as its PNG in the workbook.</summary>
/// <param name="Svg">An &lt;svg&gt; element, safe to insert in a page as it is: labels from data are escaped, and it carries role="img" and its title as aria-label.</param>
public sealed record DashboardChart(DashboardChartKind Kind, string? Instrument, Role? Role, string Title, string Svg);

/// <summary>How one question was answered: the share of answers at each label, low to high.</summary>
public sealed record QuestionAnswers(string Instrument, Role Role, string Wave, string Item, string Text, IReadOnlyList<string> Labels, int Answered, IReadOnlyList<double> Shares);
