using MentorEval.Application.Programs;
using MentorEval.Application.Retention;
using MentorEval.Core.Diagnostics;
using MentorEval.Core.Pairs;
using MentorEval.Reporting.Content;
using MentorEval.Reporting.Report;
using MentorEval.Reporting.Workbook.Sheets;
using MentorEval.Storage.Responses;
using MentorEval.Storage.Roster;

namespace MentorEval.Application.Dashboard;

/// <param name="AnalysisDate">The day the dashboard is for: pairs still running are censored then (as `retention --as-of`).</param>
/// <param name="CompareTo">Another cohort to set beside this one (as `report --compare-to`), or null.</param>
/// <param name="MinimumCell">Withhold statistics of groups smaller than this (as the report's `--min-cell`).</param>
public sealed record CohortDashboardRequest(string Cohort, DateOnly AnalysisDate, string? CompareTo = null, int MinimumCell = 5);

public abstract record DashboardOutcome
{
    public sealed record Described(CohortDashboardContent Dashboard) : DashboardOutcome;

    public sealed record Refused(IReadOnlyList<Diagnostic> Diagnostics) : DashboardOutcome, IRefused;
}

/// <summary>
/// A cohort's dashboard: the end-of-cohort report's content (<see cref="CohortReportBuilder"/>, the workbook's figures
/// with its small-cell rule) and its charts drawn as SVG by the workbook's chart code, so a page and the workbook
/// cannot disagree. Risk is left to the risk page.
/// </summary>
public sealed partial class DescribeCohortDashboard(Workspace workspace)
{
    public Task<DashboardOutcome> RunAsync(CohortDashboardRequest request, CancellationToken cancel) =>
        Refusal.UnlessStoreFailsAsync<DashboardOutcome>(workspace, async () =>
        {
            if (workspace.MissingDatabase() is { } missing) return new DashboardOutcome.Refused(missing.Diagnostics);
            await using var db = await workspace.OpenStoreAsync(cancel);
            var roster = await RosterStore.LoadAsync(db, cancel);
            foreach (var cohort in new[] { request.Cohort, request.CompareTo }.OfType<string>())
                if (ProgramRefusals.UnknownCohort(roster, cohort, workspace.Store.Display) is { } unknown) return new DashboardOutcome.Refused(unknown.Diagnostics);
            if (request.CompareTo == request.Cohort)
                return new DashboardOutcome.Refused([new Diagnostic("compare", DiagnosticCodes.Program.CompareToItself, $"The cohort to compare with is the cohort itself (\"{request.Cohort}\").")
                    { Fix = "Choose another cohort.", Value = request.CompareTo }]);
            if (RetentionData.ReportReasons(workspace.CurrentDirectory).Failed(out var refusal, out var reasons)) return new DashboardOutcome.Refused(refusal.Diagnostics);
            var responses = await ResponseStore.LoadAsync(db, cancel);
            var generatedAt = new DateTimeOffset(request.AnalysisDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            var content = CohortReportBuilder.Build(new ReportRequest("", request.Cohort, request.CompareTo, request.MinimumCell, roster, responses, null,
                workspace.SoftwareVersion, generatedAt) { ClosureReasons = reasons });
            return new DashboardOutcome.Described(new CohortDashboardContent(request.Cohort, request.CompareTo, request.MinimumCell, content.Instruments,
                content.Analysis, content.Comparison, content.Retention, content.Headlines, Answers(content), Charts(content),
                roster.Select(p => p.Cohort).Distinct().Where(c => c != request.Cohort).Order(StringComparer.Ordinal).ToList()));
        }, d => new DashboardOutcome.Refused(d));

    /// <summary>The report's charts that the dashboard shows (those with an SVG), drawn on every core.</summary>
    private static List<DashboardChart> Charts(CohortReportContent content)
    {
        var placed = new Dictionary<string, (DashboardChartKind Kind, string? Instrument, Role? Role)> { ["retention-kaplan-meier.png"] = (DashboardChartKind.Retention, null, null) };
        foreach (var instrument in content.Instruments)
        foreach (var role in instrument.Roles)
        {
            placed[$"means-{ReportCharts.FileName(instrument.Id)}-{role.Name()}.png"] = (DashboardChartKind.ScaleMeans, instrument.Id, role);
            placed[$"answers-{ReportCharts.FileName(instrument.Id)}-{role.Name()}.png"] = (DashboardChartKind.Answers, instrument.Id, role);
        }

        // The second and later parts of a split means chart are named means-<instrument>-<role>-<part>.png.
        string Placed(string fileName) => placed.ContainsKey(fileName) ? fileName : ChartPart().Replace(fileName, ".png");
        return ReportCharts.Plan(content).Where(c => c.Svg is not null && placed.ContainsKey(Placed(c.FileName))).DistinctBy(c => c.FileName)
            .AsParallel().AsOrdered()
            .Select(c =>
            {
                var (kind, instrument, role) = placed[Placed(c.FileName)];
                return new DashboardChart(kind, instrument, role, c.Title, c.Svg!());
            })
            .ToList();
    }

    /// <summary>The rows the answer charts draw: each instrument and role at its latest wave, groups the small-cell rule withheld left out.</summary>
    private static List<QuestionAnswers> Answers(CohortReportContent content) =>
        content.Items.Where(i => !i.Suppressed).GroupBy(i => (i.Instrument, i.Role))
            .SelectMany(group =>
            {
                var wave = content.Analysis.Waves.Last(w => group.Any(i => i.Wave == w));
                return group.Where(i => i.Wave == wave);
            })
            .Select(i => new QuestionAnswers(i.Instrument, i.Role, i.Wave, i.Item, i.Text, i.Labels, i.Answered, i.Labels.Select((_, j) => i.Share(j) ?? 0).ToList()))
            .ToList();

    [System.Text.RegularExpressions.GeneratedRegex(@"-[0-9]+\.png$")]
    private static partial System.Text.RegularExpressions.Regex ChartPart();
}
