using ClosedXML.Excel;

namespace MentorEval.Reporting.Workbook;

/// <summary>
/// Writes one worksheet top to bottom: titles, sentences and Excel tables, keeping track of column widths as it goes
/// (ClosedXML's AdjustToContents needs GDI+, which a plain Linux machine lacks), and where pictures may go.
/// </summary>
internal sealed class SheetWriter
{
    private const int MaxColumnWidth = 60;

    /// <summary>Text columns of tables wrap past this width, so long reasons stay in their own column when printed.</summary>
    private const int MaxTextColumnWidth = 40;

    /// <summary>
    /// Sentences wrap within this many characters of width. An A4 landscape line holds about 140 at 100% in Excel, but
    /// LibreOffice without Calibri measures columns in a wider fallback font, and 120 ran off its printed Overview at 89%.
    /// </summary>
    private const int SentenceWidth = 100;

    private const double DefaultRowHeight = 15;

    /// <summary>Tables with more rows than this are streamed into the saved file (<see cref="StreamedTable"/>).</summary>
    internal const int StreamedTableRows = 2_000;
    private readonly Dictionary<int, double> widths = [];
    private readonly List<(int Row, int Columns, string Text)> paragraphs = [];
    private readonly List<(int Row, string Text)> factValues = [];
    private (int Row, string Text)? title;
    private readonly Dictionary<int, double> heights = [];
    private readonly List<(int Row, int Column, int Length)> longCells = [];
    private readonly List<(int Row, IReadOnlyList<Column> Columns)> headers = [];

    /// <summary>Where the printed pages may start a new page: headings and the first row of each group of a table.</summary>
    internal List<int> SectionStarts { get; } = [];

    /// <summary>The tables written, for printing: header row, last row, and whether their header repeats on every page.</summary>
    internal List<(int Header, int Last)> Tables { get; } = [];

    /// <summary>How many charts each sheet of a workbook shows, told before its sheets are written (see <see cref="ChartSlot"/>).</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IXLWorkbook, IReadOnlyDictionary<string, int>> ChartCounts = new();

    private readonly int charts;
    private int chartSlot;
    private List<(int Column, int Row)> chartPlaces = [];

    public SheetWriter(IXLWorkbook workbook, string name)
    {
        charts = ChartCounts.TryGetValue(workbook, out var counts) ? counts.GetValueOrDefault(name) : 0;
        Sheet = workbook.Worksheets.Add(name);
        Sheet.Style.Font.FontName = "Calibri";
        Sheet.Style.Font.FontSize = 11;
    }

    public IXLWorksheet Sheet { get; }

    internal static void ExpectCharts(IXLWorkbook workbook, IReadOnlyDictionary<string, int> counts) => ChartCounts.AddOrUpdate(workbook, counts);

    /// <summary>Where the sheet's charts go (1-based column and row), in order; known after <see cref="Finish"/>.</summary>
    public IReadOnlyList<(int Column, int Row)> ChartPlaces => chartPlaces;

    /// <summary>
    /// Keeps rows here for the sheet's charts, one or two abreast: a spacer row, then two rows per band of charts, whose
    /// heights <see cref="PrintLayout"/> sets so that the charts start a printed page and a page holds whole bands.
    /// </summary>
    public void ChartSlot()
    {
        if (charts == 0) return;
        chartSlot = Row;
        Row += 1 + 2 * PrintLayout.Bands(charts) + 1;
    }

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
        title = (Row, text);
        Row += 2;
    }

    public void Heading(string text)
    {
        var cell = Sheet.Cell(Row, 1);
        cell.SetText(text);
        cell.Style.Font.FontSize = 13;
        cell.Style.Font.Bold = true;
        heights[Row] = 20;
        SectionStarts.Add(Row);
        Row++;
    }

    /// <summary>A sentence in column A, wrapped across the columns below it (it does not widen column A).</summary>
    public void Line(string text, bool italic = false)
    {
        var cell = Sheet.Cell(Row, 1);
        cell.SetText(text);
        cell.Style.Font.Italic = italic;
        paragraphs.Add((Row, 0, text));
        Row++;
    }

    /// <summary>
    /// A sentence wrapped within the first <paramref name="columns"/> columns (0: as many as make a printed line; its row
    /// grows to fit once the column widths are known), so long findings stay readable beside the tables and charts.
    /// </summary>
    public void Paragraph(string text, int columns = 0)
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
            Sheet.Cell(Row, 1).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
            Sheet.Cell(Row, 2).SetText(value);
            Widen(1, label.Length);
            // The value spans the columns to its right (merged when the widths are known), not column B alone: a wide
            // column B would push the numbers of every table below away from their headers.
            factValues.Add((Row, value));
            Row++;
        }

        Row++;
    }

    /// <summary>
    /// An Excel table with a filter on every column. Cells of text columns are always written as text, so an answer
    /// such as <c>=HYPERLINK(...)</c> or <c>+1</c> can never become a formula or a number.
    /// </summary>
    /// <returns>The table's data area (without the header), for conditional formats; null when there are no rows.</returns>
    /// <param name="groupBy">Columns (0-based) whose change starts a new group: printed pages break between groups where they can.</param>
    public IXLRange? Table(string name, IReadOnlyList<Column> columns, IEnumerable<IReadOnlyList<object?>> rows, IReadOnlyList<int>? groupBy = null)
    {
        var top = Row;
        for (var c = 0; c < columns.Count; c++)
        {
            var cell = Sheet.Cell(top, c + 1);
            cell.SetText(columns[c].Header);
            // Headers wrap at spaces, so a long header does not make a wide column; numbers' headers sit right, over their numbers.
            cell.Style.Alignment.WrapText = true;
            cell.Style.Alignment.Vertical = XLAlignmentVerticalValues.Bottom;
            if (columns[c].Kind != ColumnKind.Text) cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
            var longestWord = columns[c].Header.Split(' ').Max(w => w.Length);
            Widen(c + 1, Math.Max(longestWord, Math.Min(columns[c].Header.Length, 14)) + 3); // room for the filter button
        }

        headers.Add((top, columns));

        var all = rows as IReadOnlyList<IReadOnlyList<object?>> ?? rows.ToList();
        // A large table's first data row is written here, the rest streamed after saving with that row's cell styles.
        var streamed = all.Count > StreamedTableRows;
        var r = top + 1;
        IReadOnlyList<object?>? previous = null;
        foreach (var row in all)
        {
            if (groupBy is not null && previous is not null && groupBy.Any(g => !Equals(Cell(previous, g), Cell(row, g)))) SectionStarts.Add(r);
            previous = row;
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
        Tables.Add((top, streamed ? top + all.Count : last));
        Row = last + 2;
        return r - 1 > top ? Sheet.Range(top + 1, 1, r - 1, columns.Count) : null;
    }

    /// <summary>Freezes the rows above <paramref name="row"/> (typically a table's header).</summary>
    public void FreezeAbove(int row) => Sheet.SheetView.FreezeRows(row - 1);

    /// <summary>
    /// Column widths from the content; sentences, fact values, headers and long text wrapped in their cells, with row
    /// heights to fit (Excel and LibreOffice do not grow a merged row, and the printed pages are laid out from them).
    /// </summary>
    public void Finish()
    {
        foreach (var (column, width) in widths)
            Sheet.Column(column).Width = Math.Min(MaxColumnWidth, width + 2);
        double Width(int column) => Sheet.Column(column).Width;

        // Sentences span as many columns as make about a printed line; fact values from column B likewise.
        int Span(int from)
        {
            var to = from;
            for (var width = Width(from); to < Math.Max(LastColumn, 12) && width + Width(to + 1) <= SentenceWidth; to++) width += Width(to + 1);
            return to;
        }

        foreach (var (row, columns, text) in paragraphs) Wrap(row, 1, columns > 0 ? columns : Span(1), text);
        foreach (var (row, text) in factValues) Wrap(row, 2, Span(2), text);
        if (title is var (titleRow, titleText))
        {
            // 16-point bold: about 1.5 times as wide as body text, and 24 points a line.
            Wrap(titleRow, 1, Span(1), titleText);
            heights[titleRow] = 24 * Lines((int)(titleText.Length * 1.5), Enumerable.Range(1, Span(1)).Sum(Width));
        }

        if (paragraphs.Count + factValues.Count > 0) LastColumn = Math.Max(LastColumn, Span(1)); // pictures go right of the sentences

        foreach (var (row, columns) in headers)
        {
            var lines = columns.Select((c, i) => Lines(c.Header.Length, Width(i + 1) - 3)).Max();
            heights[row] = Math.Max(heights.GetValueOrDefault(row, DefaultRowHeight), DefaultRowHeight * lines);
        }

        foreach (var (row, column, length) in longCells)
        {
            Sheet.Cell(row, column).Style.Alignment.WrapText = true;
            // The row's other cells at the top too, level with the first line of the long text.
            Sheet.Row(row).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
            heights[row] = Math.Max(heights.GetValueOrDefault(row, DefaultRowHeight), DefaultRowHeight * Lines(length, Width(column)));
        }

        Sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        Sheet.PageSetup.PaperSize = XLPaperSize.A4Paper;
        Sheet.PageSetup.Margins.Left = Sheet.PageSetup.Margins.Right = PrintLayout.SideMargin;
        Sheet.PageSetup.Margins.Top = Sheet.PageSetup.Margins.Bottom = PrintLayout.TopMargin;
        Sheet.PageSetup.Margins.Header = Sheet.PageSetup.Margins.Footer = PrintLayout.HeaderMargin;
        if (charts > 0 && chartSlot > 0) chartPlaces = PrintLayout.Apply(this, charts, chartSlot, heights);
        else PrintLayout.Apply(this, 0, 0, heights);
        foreach (var (row, height) in heights) Sheet.Row(row).Height = height;
    }

    /// <summary>Row heights in points, as written (rows not listed have the default height).</summary>
    internal double HeightOf(int row) => heights.GetValueOrDefault(row, DefaultRowHeight);

    /// <summary>The last row with content.</summary>
    internal int LastRow => Math.Max(1, Row - 1);

    private void Wrap(int row, int from, int to, string text)
    {
        var range = Sheet.Range(row, from, row, to);
        if (to > from) range.Merge();
        range.Style.Alignment.WrapText = true;
        range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        var width = Enumerable.Range(from, to - from + 1).Sum(c => Sheet.Column(c).Width);
        heights[row] = Math.Max(heights.GetValueOrDefault(row, DefaultRowHeight), DefaultRowHeight * Lines(text.Length, width));
    }

    /// <summary>Lines a text of this length takes in a cell this wide: about one character of 11-point text per unit of width (wider rows than needed rather than cut text).</summary>
    private static int Lines(int length, double width) => Math.Max(1, (int)Math.Ceiling(length / Math.Max(4, width - 1)));

    private static object? Cell(IReadOnlyList<object?> row, int column) => column < row.Count ? row[column] : null;

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
                if (column.Kind == ColumnKind.Text && text.Length > MaxTextColumnWidth)
                    longCells.Add((cell.Address.RowNumber, cell.Address.ColumnNumber, text.Length));
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
            string text => column.Kind == ColumnKind.Text ? Math.Min(text.Length, MaxTextColumnWidth) : text.Length,
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
