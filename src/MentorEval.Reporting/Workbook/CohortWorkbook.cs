using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using MentorEval.Reporting.Content;
using MentorEval.Reporting.Workbook.Sheets;

namespace MentorEval.Reporting.Workbook;

/// <summary>
/// The end-of-cohort workbook: Overview, Scales, Reliability, Change, Dyads, At risk, Retention, Items, Responses and About, with
/// the charts shown beside the tables they illustrate.
/// </summary>
public static class CohortWorkbook
{
    public static readonly IReadOnlyList<string> SheetNames =
    [
        OverviewSheet.Name, ScalesSheet.Name, ReliabilitySheet.Name, ChangeSheet.Name, DyadsSheet.Name, RiskSheet.Name, RetentionSheet.Name,
        ItemsSheet.Name, ResponsesSheet.Name, AboutSheet.Name,
    ];

    public static void Write(CohortReportContent content, IReadOnlyList<ChartImage> charts, Stream output) =>
        Write(content, charts.Select(c => c.Sheet).ToList(), Task.FromResult(charts), output);

    /// <summary>
    /// Writes the sheets while the charts are still being drawn (<paramref name="charts"/> is awaited only to put them
    /// in): on a large cohort both take seconds, and the sheets use mostly one core.
    /// </summary>
    /// <param name="chartSheets">The sheet of each chart, in the order <paramref name="charts"/> will give them: the pages are laid out around them.</param>
    public static void Write(CohortReportContent content, IReadOnlyList<string> chartSheets, Task<IReadOnlyList<ChartImage>> charts, Stream output)
    {
        using var memory = new MemoryStream();
        var places = new Dictionary<string, IReadOnlyList<(int Column, int Row)>>();
        var streamed = new List<StreamedTable>();
        using (var workbook = new XLWorkbook())
        {
            workbook.Properties.Title = XmlText.Carryable($"{content.Request.Program}: cohort {content.Cohort}");
            workbook.Properties.Author = "MentorEval " + content.Request.SoftwareVersion;
            SheetWriter.ExpectCharts(workbook, chartSheets.GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count()));
            foreach (var sheet in new Func<XLWorkbook, CohortReportContent, SheetWriter>[]
                     {
                         OverviewSheet.Write, ScalesSheet.Write, ReliabilitySheet.Write, ChangeSheet.Write, DyadsSheet.Write, RiskSheet.Write, RetentionSheet.Write,
                         ItemsSheet.Write, ResponsesSheet.Write, AboutSheet.Write,
                     }.Select(write => write(workbook, content)))
            {
                places[sheet.Sheet.Name] = sheet.ChartPlaces;
                streamed.AddRange(sheet.Streamed);
            }

            workbook.Worksheet(1).SetTabActive();
            workbook.SaveAs(memory);
        }

        // Charts are rendered at 1200×700 and shown at half size (full size on click-to-zoom is the PNG file); anchors are 0-based.
        var placements = charts.GetAwaiter().GetResult().GroupBy(c => c.Sheet)
            .SelectMany(g => g.Zip(places.GetValueOrDefault(g.Key, []), (chart, at) =>
                new ChartPlacement(chart, g.Key, at.Column - 1, at.Row - 1, PrintLayout.ChartWidth, PrintLayout.ChartHeight, PrintLayout.ChartGap)))
            .ToList();
        // One pass over the saved package for both (each reopening recompresses every part). AutoSave is off: the
        // streamed sheets are replaced whole, and saving their loaded XML would undo that; the embedder saves its own.
        using (var document = SpreadsheetDocument.Open(memory, isEditable: true, new OpenSettings { AutoSave = false }))
        {
            ChartEmbedder.Embed(document, placements);
            RowStreamer.Write(document, streamed);
        }

        memory.Position = 0;
        memory.CopyTo(output);
    }
}
