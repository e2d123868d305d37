using ClosedXML.Excel;

namespace MentorEval.Reporting.Workbook;

/// <summary>
/// Writes one worksheet top to bottom: titles, sentences and Excel tables, keeping track of column widths as it goes
/// (ClosedXML's AdjustToContents needs GDI+, which a plain Linux machine lacks), and where pictures may go.
/// </summary>
internal sealed class SheetWriter
{
    private const int MaxColumnWidth = 60;

    /// <summary>Tables with more rows than this are streamed into the saved file (<see cref="StreamedTable"/>).</summary>
    internal const int StreamedTableRows = 2_000;
    private readonly Dictionary<int, double> widths = [];
    private readonly HashSet<int> wrapped = [];
    private readonly List<(int Row, int Columns, string Text)> paragraphs = [];

    public SheetWriter(IXLWorkbook workbook, string name)
    {
        Sheet = workbook.Worksheets.Add(name);
        Sheet.Style.Font.FontName = "Calibri";
        Sheet.Style.Font.FontSize = 11;
    }

    public IXLWorksheet Sheet { get; }

    /// <summary>Large tables whose rows are written after ClosedXML has saved the workbook.</summary>
    public List<StreamedTable> Streamed { get; } = [];

    /// <summary>The next free row (1-based).</summary>
    public int Row { get; private set; } = 1;

    /// <summary>The widest column used so far (1-based), so a picture can sit to its right.</summary>
    public int LastColumn { get; private set; } = 1;

    public void Title(string text)
    {
        var cell = Sheet.Cell(Row, 1);
        cell.SetText(text);
        cell.Style.Font.FontSize = 16;
        cell.Style.Font.Bold = true;
        Row += 2;
    }

    public void Heading(string text)
    {
        var cell = Sheet.Cell(Row, 1);
        cell.SetText(text);
        cell.Style.Font.FontSize = 13;
        cell.Style.Font.Bold = true;
        Row++;
    }

    /// <summary>A sentence in column A that may run across the sheet (it does not widen column A).</summary>
    public void Line(string text, bool italic = false)
    {
        var cell = Sheet.Cell(Row, 1);
        cell.SetText(text);
        cell.Style.Font.Italic = italic;
        Row++;
    }

    /// <summary>
    /// A sentence wrapped within the first <paramref name="columns"/> columns (its row grows to fit once the column
    /// widths are known), so long findings stay readable beside the tables and charts.
    /// </summary>
    public void Paragraph(string text, int columns)
    {
        Sheet.Cell(Row, 1).SetText(text);
        paragraphs.Add((Row, columns, text));
        Row++;
    }

    public void Skip(int rows = 1) => Row += rows;

    /// <summary>Label/value lines, e.g. the report's facts. Values are always text.</summary>
    public void Facts(IEnumerable<KeyValuePair<string, string>> facts)
    {
        foreach (var (label, value) in facts)
        {
            Sheet.Cell(Row, 1).SetText(label).Style.Font.Bold = true;
            Sheet.Cell(Row, 2).SetText(value);
            Widen(1, label.Length);
            Widen(2, Math.Min(value.Length, MaxColumnWidth));
            if (value.Length > MaxColumnWidth)
            {
                Sheet.Cell(Row, 2).Style.Alignment.WrapText = true;
                wrapped.Add(2);
            }

            Row++;
        }

        Row++;
    }

    /// <summary>
    /// An Excel table with a filter on every column. Cells of text columns are always written as text, so an answer
    /// such as <c>=HYPERLINK(...)</c> or <c>+1</c> can never become a formula or a number.
    /// </summary>
    /// <returns>The table's data area (without the header), for conditional formats; null when there are no rows.</returns>
    public IXLRange? Table(string name, IReadOnlyList<Column> columns, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var top = Row;
        for (var c = 0; c < columns.Count; c++)
        {
            Sheet.Cell(top, c + 1).SetText(columns[c].Header);
            Widen(c + 1, columns[c].Header.Length + 3); // room for the filter button
        }

        var all = rows as IReadOnlyList<IReadOnlyList<object?>> ?? rows.ToList();
        // A large table's first data row is written here, the rest streamed after saving with that row's cell styles.
        var streamed = all.Count > StreamedTableRows;
        var r = top + 1;
        foreach (var row in all)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                var value = c < row.Count ? row[c] : null;
                if (streamed && r > top + 1) Widen(c + 1, columns[c], value);
                else Write(Sheet.Cell(r, c + 1), columns[c], value);
            }

            r++;
        }

        var last = Math.Max(r - 1, top + 1); // a table needs one data row, even an empty one
        for (var c = 0; c < columns.Count; c++)
        {
            if (Format(columns[c].Kind) is { } format)
                Sheet.Range(top + 1, c + 1, streamed ? top + 1 : last, c + 1).Style.NumberFormat.Format = format;
        }

        if (streamed) Streamed.Add(new StreamedTable(Sheet.Name, name, top + 2, columns, all.Skip(1).ToList()));
        // ClosedXML's save walks every cell of a table's range (minutes for a large one): a streamed table is made over its
        // header and first row here, and the streaming widens it to all its rows.
        var table = Sheet.Range(top, 1, streamed ? top + 1 : last, columns.Count).CreateTable(name);
        table.Theme = XLTableTheme.TableStyleLight9;
        table.ShowAutoFilter = true;
        LastColumn = Math.Max(LastColumn, columns.Count);
        Row = last + 2;
        return r - 1 > top ? Sheet.Range(top + 1, 1, r - 1, columns.Count) : null;
    }

    /// <summary>Freezes the rows above <paramref name="row"/> (typically a table's header).</summary>
    public void FreezeAbove(int row) => Sheet.SheetView.FreezeRows(row - 1);

    /// <summary>Column widths from the content, landscape pages one page wide.</summary>
    public void Finish()
    {
        foreach (var (column, width) in widths)
            Sheet.Column(column).Width = Math.Min(MaxColumnWidth, width + 2);
        foreach (var column in wrapped) Sheet.Column(column).Style.Alignment.WrapText = true;
        foreach (var (row, columns, text) in paragraphs)
        {
            var range = Sheet.Range(row, 1, row, columns);
            range.Merge();
            range.Style.Alignment.WrapText = true;
            range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
            // Excel does not grow merged rows by itself; ~1.1 characters of 11-point text per unit of column width.
            var perLine = Math.Max(20, Enumerable.Range(1, columns).Sum(c => Sheet.Column(c).Width) * 1.1);
            Sheet.Row(row).Height = 15 * Math.Ceiling(text.Length / perLine);
        }

        Sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        Sheet.PageSetup.PaperSize = XLPaperSize.A4Paper;
        Sheet.PageSetup.FitToPages(1, 0);
        Sheet.PageSetup.Margins.Left = Sheet.PageSetup.Margins.Right = 0.4;
    }

    private void Write(IXLCell cell, Column column, object? value)
    {
        switch (value)
        {
            case null:
                return;
            case double d when double.IsNaN(d) || double.IsInfinity(d):
                return;
            case string text:
                // Also a note such as "< 5" in a number column.
                cell.SetText(text);
                break;
            case int i:
                cell.SetValue(i);
                break;
            case double d:
                cell.SetValue(d);
                break;
            case DateTimeOffset time:
                cell.SetValue(time.UtcDateTime);
                break;
            case DateOnly day:
                cell.SetValue(day.ToDateTime(TimeOnly.MinValue));
                break;
            default:
                cell.SetText(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "");
                break;
        }

        Widen(cell.Address.ColumnNumber, column, value);
    }

    /// <summary>Widens a column for a value as it will be shown (numbers by their format, text by its length).</summary>
    private void Widen(int columnNumber, Column column, object? value) =>
        Widen(columnNumber, value switch
        {
            null => 0,
            string text => text.Length,
            int => 7,
            double => column.Kind == ColumnKind.Percent ? 6 : 7,
            DateTimeOffset or DateOnly => 10,
            _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)?.Length ?? 0,
        });

    private void Widen(int column, double characters) =>
        widths[column] = Math.Max(widths.GetValueOrDefault(column), Math.Min(characters, MaxColumnWidth));

    private static string? Format(ColumnKind kind) => kind switch
    {
        ColumnKind.Integer => "0",
        ColumnKind.Decimal => "0.00",
        ColumnKind.Percent => "0%",
        ColumnKind.PValue => "0.000",
        ColumnKind.Date => "yyyy-mm-dd",
        _ => null,
    };
}
