using ClosedXML.Excel;
using MentorEval.Reporting.Content;
using MentorEval.Reporting.Workbook;

namespace MentorEval.Reporting.Tests.Support;

/// <summary>Writes a report's workbook to bytes and opens it again with ClosedXML, as a reader's Excel would.</summary>
public static class OpenedWorkbook
{
    public static (byte[] Bytes, XLWorkbook Workbook) Of(CohortReportContent content, IReadOnlyList<ChartImage>? charts = null)
    {
        using var output = new MemoryStream();
        CohortWorkbook.Write(content, charts ?? [], output);
        var bytes = output.ToArray();
        return (bytes, new XLWorkbook(new MemoryStream(bytes)));
    }

    /// <summary>The rows of a named table as header → cell.</summary>
    public static List<Dictionary<string, IXLCell>> Rows(XLWorkbook workbook, string table)
    {
        var found = workbook.Worksheets.SelectMany(s => s.Tables).First(t => t.Name == table);
        var headers = found.HeadersRow().Cells().Select(c => c.GetString()).ToList();
        return found.DataRange.Rows()
            .Select(r => headers.Select((h, i) => (h, Cell: r.Cell(i + 1))).ToDictionary(x => x.h, x => (IXLCell)x.Cell))
            .ToList();
    }
}
