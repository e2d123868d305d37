using MentorEval.Reporting.Brief;
using MentorEval.Reporting.Content;
using MentorEval.Reporting.Workbook;

namespace MentorEval.Reporting.Report;

/// <summary>
/// Writes a cohort's report for <c>FOLDER/&lt;cohort&gt;/</c>: <c>MentorEval-&lt;cohort&gt;.xlsx</c>, the brief
/// <c>MentorEval-&lt;cohort&gt;-brief.pdf</c> and <c>charts/*.png</c>, each to
/// the stream the caller opens for its path (the caller decides how files are written and put in place).
/// </summary>
public static class CohortReportWriter
{
    /// <param name="create">Opens the file at a path for writing; the writer disposes the stream when that file is written.</param>
    /// <param name="stage">Told the name of each stage as it starts (for a progress display).</param>
    public static WrittenReport Write(ReportRequest request, string folder, Func<string, Stream> create, Action<string>? stage = null)
    {
        stage?.Invoke("Analysing");
        var content = CohortReportBuilder.Build(request);
        stage?.Invoke("Drawing charts and writing the workbook");
        var planned = ReportCharts.Plan(content);
        var drawing = Task.Run(() => ReportCharts.Draw(planned));

        var cohortFolder = Path.Combine(folder, ReportCharts.FileName(request.Cohort));
        var workbook = Path.Combine(cohortFolder, $"MentorEval-{ReportCharts.FileName(request.Cohort)}.xlsx");
        using (var output = create(workbook)) CohortWorkbook.Write(content, planned.Select(c => c.Sheet).ToList(), drawing, output);

        stage?.Invoke("Writing the brief");
        var brief = Path.Combine(cohortFolder, $"MentorEval-{ReportCharts.FileName(request.Cohort)}-brief.pdf");
        using (var output = create(brief)) CohortBrief.Write(content, drawing.Result, output);

        var chartFiles = new List<string>();
        foreach (var chart in drawing.Result.DistinctBy(c => c.FileName))
        {
            var path = Path.Combine(ChartFolder(cohortFolder), chart.FileName);
            using (var output = create(path)) output.Write(chart.Png);
            chartFiles.Add(path);
        }

        return new WrittenReport(request.Cohort, cohortFolder, workbook, brief, chartFiles, content.Headlines,
            content.PairsByStatus.Values.Sum(), content.Responses.Count + content.WithheldResponses.Sum(w => w.Responses), request.Risk?.Pairs.Count(p => p.Flagged) ?? 0);
    }

    /// <summary>Where a report's charts go, inside its cohort's folder.</summary>
    public static string ChartFolder(string cohortFolder) => Path.Combine(cohortFolder, "charts");
}
