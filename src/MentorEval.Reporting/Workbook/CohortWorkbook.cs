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
    // Charts are rendered at 1200×700 and shown at half size beside the tables (full size on click-to-zoom is the PNG file).
    private const int ShownWidth = 600;
    private const int ShownHeight = 350;
    private const int RowsPerChart = 19; // 350 px in 20-px rows, plus a gap

    public static readonly IReadOnlyList<string> SheetNames =
    [
        OverviewSheet.Name, ScalesSheet.Name, ReliabilitySheet.Name, ChangeSheet.Name, DyadsSheet.Name, RiskSheet.Name, RetentionSheet.Name,
        ItemsSheet.Name, ResponsesSheet.Name, AboutSheet.Name,
    ];

    public static void Write(CohortReportContent content, IReadOnlyList<ChartImage> charts, Stream output) =>
        Write(content, Task.FromResult(charts), output);

    /// <summary>
    /// Writes the sheets while the charts are still being drawn (<paramref name="charts"/> is awaited only to put them
    /// in): on a large cohort both take seconds, and the sheets use mostly one core.
    /// </summary>
    public static void Write(CohortReportContent content, Task<IReadOnlyList<ChartImage>> charts, Stream output)
    {
        using var memory = new MemoryStream();
        var lastColumns = new Dictionary<string, int>();
        var streamed = new List<StreamedTable>();
        using (var workbook = new XLWorkbook())
        {
            workbook.Properties.Title = XmlText.Carryable($"{content.Request.Program}: cohort {content.Cohort}");
            workbook.Properties.Author = "MentorEval " + content.Request.SoftwareVersion;
            foreach (var sheet in new Func<XLWorkbook, CohortReportContent, SheetWriter>[]
                     {
                         OverviewSheet.Write, ScalesSheet.Write, ReliabilitySheet.Write, ChangeSheet.Write, DyadsSheet.Write, RiskSheet.Write, RetentionSheet.Write,
                         ItemsSheet.Write, ResponsesSheet.Write, AboutSheet.Write,
                     }.Select(write => write(workbook, content)))
            {
                lastColumns[sheet.Sheet.Name] = sheet.LastColumn;
                streamed.AddRange(sheet.Streamed);
            }

            workbook.Worksheet(1).SetTabActive();
            workbook.SaveAs(memory);
        }

        var placements = charts.GetAwaiter().GetResult().GroupBy(c => c.Sheet)
            .SelectMany(g => g.Select((chart, i) =>
                new ChartPlacement(chart, g.Key, lastColumns.GetValueOrDefault(g.Key, 1) + 1, 2 + i * RowsPerChart, ShownWidth, ShownHeight)))
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
