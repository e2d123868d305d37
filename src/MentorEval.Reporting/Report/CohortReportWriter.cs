using MentorEval.Reporting.Content;
using MentorEval.Reporting.Workbook;

namespace MentorEval.Reporting.Report;

/// <summary>
/// Writes a cohort's report into <c>FOLDER/&lt;cohort&gt;/</c>: <c>MentorEval-&lt;cohort&gt;.xlsx</c> and <c>charts/*.png</c>.
/// The workbook is written beside its final name and moved into place, so a failure never leaves half a file.
/// </summary>
public static class CohortReportWriter
{
    /// <param name="stage">Told the name of each stage as it starts (for a progress display).</param>
    public static WrittenReport Write(ReportRequest request, string folder, Action<string>? stage = null)
    {
        stage?.Invoke("Analysing");
        var content = CohortReportBuilder.Build(request);
        stage?.Invoke("Drawing charts and writing the workbook");
        var drawing = Task.Run(() => ReportCharts.For(content));

        var cohortFolder = Path.Combine(folder, ReportCharts.FileName(request.Cohort));
        var chartFolder = Path.Combine(cohortFolder, "charts");
        Directory.CreateDirectory(chartFolder);
        var workbook = Path.Combine(cohortFolder, $"MentorEval-{ReportCharts.FileName(request.Cohort)}.xlsx");
        var partial = workbook + ".partial";
        try
        {
            using (var output = File.Create(partial)) CohortWorkbook.Write(content, drawing, output);
            File.Move(partial, workbook, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }

        // Charts of an earlier run for instruments or scales no longer reported must not linger beside the new ones.
        foreach (var old in Directory.EnumerateFiles(chartFolder, "*.png")) File.Delete(old);
        var chartFiles = new List<string>();
        foreach (var chart in drawing.Result.DistinctBy(c => c.FileName))
        {
            var path = Path.Combine(chartFolder, chart.FileName);
            File.WriteAllBytes(path, chart.Png);
            chartFiles.Add(path);
        }

        return new WrittenReport(request.Cohort, cohortFolder, workbook, chartFiles, content.Headlines,
            content.PairsByStatus.Values.Sum(), content.Responses.Count + content.WithheldResponses.Sum(w => w.Responses), request.Risk?.Pairs.Count(p => p.Flagged) ?? 0);
    }
}
