using ClosedXML.Excel;

namespace MentorEval.Reporting.Workbook;

/// <summary>
/// How a sheet prints: A4 landscape at a scale of at least <see cref="MinimumScale"/>%, the whole width of its tables
/// on a page where that holds; otherwise the pages go on to the right, repeating the identifying columns on the left
/// and the header of a table longer than a page at the top. Pages break between sections (a heading, an instrument's
/// rows) where the next one would not fit, and never through a chart: the charts sit in a band of one or two columns
/// to the right of the tables, each placed where a page can hold it whole.
/// </summary>
internal static class PrintLayout
{
    /// <summary>Below this, 11-point text is too small to read on paper.</summary>
    public const int MinimumScale = 70;

    public const double SideMargin = 0.4;
    public const double TopMargin = 0.5;
    /// <summary>
    /// The same as the top margin: there is no header or footer, and LibreOffice takes the header's margin for the
    /// page's, so a smaller one would give its pages more room than Excel's.
    /// </summary>
    public const double HeaderMargin = TopMargin;

    /// <summary>The largest scale of a sheet with charts: two bands of charts fit a page.</summary>
    private const int ChartScale = (int)(100 * PrintableHeight / (2 * (ChartHeight + ChartGap) * 0.75));

    /// <summary>Shown size of a chart (half its rendered 1200×700) and the space after it, in pixels.</summary>
    public const int ChartWidth = 600;
    public const int ChartHeight = 350;
    /// <summary>
    /// Space above each chart, in pixels. LibreOffice's printed page is a little taller than Excel's, and it draws there
    /// what lies below the page's last row: the top of the next band of charts, which is this empty space.
    /// </summary>
    public const int ChartGap = 40;

    /// <summary>Columns right of the tables keep their default width (64 px); a chart and its gap take this many.</summary>
    private const int ColumnsPerChart = 10;

    /// <summary>More charts than this go two abreast, so that a page holds four.</summary>
    private const int ChartsInOneColumn = 3;

    /// <summary>Excel refuses a sheet with more than 1,026 manual page breaks.</summary>
    private const int MostBreaks = 1_000;

    // A4 landscape, 842 × 595 points, less the margins; 2 points to spare, as programs round row heights a little.
    private const double PrintableWidth = 842 - 2 * 72 * SideMargin;
    private const double PrintableHeight = 595.28 - 2 * 72 * TopMargin - 2;

    /// <summary>Excel's tallest row.</summary>
    private const double TallestRow = 409;

    /// <summary>Bands (rows) of charts: one or two abreast.</summary>
    public static int Bands(int charts) => (charts + Abreast(charts) - 1) / Abreast(charts);

    private static int Abreast(int charts) => charts > ChartsInOneColumn ? 2 : 1;

    /// <summary>
    /// Sets the sheet's page setup; sizes the chart slot's rows (a spacer that fills the page above, then bands of
    /// charts a page holds whole); breaks pages between sections below the charts. Returns where the charts go.
    /// </summary>
    /// <remarks>
    /// A page must end exactly where its rows end: LibreOffice draws on a page every picture that lies within the
    /// page's paper, also below its last row, so a picture after a page break that leaves space would be printed twice,
    /// cut. The charts' rows are therefore sized to fill pages rather than broken by hand.
    /// </remarks>
    public static List<(int Column, int Row)> Apply(SheetWriter writer, int charts, int slot, Dictionary<int, double> heights)
    {
        var sheet = writer.Sheet;
        double Width(int column) => Points(sheet.Column(column).Width);
        var tableWidth = Enumerable.Range(1, writer.LastColumn).Sum(Width);
        var abreast = charts == 0 ? 0 : Abreast(charts);
        var chartWidth = abreast * (ChartWidth + ChartGap) * 0.75;
        var scale = Math.Min(100, (int)Math.Floor(100 * PrintableWidth / tableWidth));
        if (abreast > 0) scale = Math.Min(scale, Math.Min(ChartScale, (int)Math.Floor(100 * PrintableWidth / chartWidth)));
        scale = Math.Max(MinimumScale, scale);
        sheet.PageSetup.AdjustTo(scale);
        var shrink = scale / 100.0;
        var pageWidth = PrintableWidth / shrink;
        var pageHeight = PrintableHeight / shrink;
        double Height(int row) => heights.GetValueOrDefault(row, 15);

        // The second chart of a band must end before the page's first column break, or it would be cut in two.
        var firstBreak = 0.0;
        for (var c = 1; firstBreak + Width(c) <= pageWidth; c++) firstBreak += Width(c);
        if (abreast == 2 && firstBreak < chartWidth) abreast = 1;

        var places = new List<(int Column, int Row)>();
        var bandRows = charts == 0 ? 0 : 2 * ((charts + abreast - 1) / abreast);
        var slotEnd = charts == 0 ? 0 : slot + bandRows;
        var repeated = writer.Tables.LastOrDefault(t => t.Header > slotEnd && Enumerable.Range(t.Header, t.Last - t.Header + 1).Sum(Height) > pageHeight);
        if (repeated != default)
        {
            sheet.PageSetup.SetRowsToRepeatAtTop(repeated.Header, repeated.Header);
            if (tableWidth > pageWidth)
            {
                // The rows' identifying text columns (instrument, scale, wave…), up to two fifths of a page.
                var left = 0;
                for (var width = 0.0; left < writer.LastColumn && !IsNumeric(sheet.Cell(repeated.Header, left + 1)); left++)
                {
                    width += Width(left + 1);
                    if (width > pageWidth * 0.4) break;
                }

                if (left > 0) sheet.PageSetup.SetColumnsToRepeatAtLeft(1, left);
            }
        }

        // Rows fill pages top to bottom, as a printer lays them out.
        var sections = writer.SectionStarts.ToHashSet();
        var breaks = new List<int>();
        var used = 0.0;
        var last = Math.Max(writer.LastRow, slotEnd);
        for (var row = 1; row <= last; row++)
        {
            if (used > 0 && used + Height(row) > pageHeight && row <= slotEnd) breaks.Add(row - 1); // pages above the charts end where counted
            if (charts > 0 && row == slot)
            {
                // The spacer fills what is left of the page (rounded down, so that it surely fits), and a page holds
                // whole bands exactly.
                heights[row] = used == 0 ? 0.5 : Math.Max(0.5, Math.Floor((pageHeight - used) * 10) / 10);
                if (used > 0) breaks.Add(row);
                var perPage = Math.Max(1, (int)Math.Floor(pageHeight / ((ChartHeight + ChartGap) * 0.75)));
                var half = Math.Min(TallestRow, Math.Floor(pageHeight / perPage / 2 * 10) / 10);
                for (var band = 0; band < bandRows / 2; band++)
                {
                    heights[slot + 1 + 2 * band] = heights[slot + 2 + 2 * band] = half;
                    if ((band + 1) % perPage == 0 && band + 1 < bandRows / 2) breaks.Add(slot + 2 + 2 * band);
                    for (var k = 0; k < abreast && band * abreast + k < charts; k++)
                        places.Add((k == 0 ? 1 : ColumnAt(sheet, (ChartWidth + ChartGap) * 0.75), slot + 1 + 2 * band));
                }

                // The page after the spacer starts with the charts; count from there.
                var onLastPage = bandRows / 2 % perPage;
                used = onLastPage * 2 * half;
                row = slotEnd;
                continue;
            }

            var height = Height(row);
            // Below the charts a section starts a new page when the page is half full and the section would not fit in the rest.
            if (row > slotEnd && sections.Contains(row) && used > pageHeight / 2 && used + SectionHeight(writer, sections, row, Height) > pageHeight)
            {
                breaks.Add(row - 1);
                used = 0;
            }

            if (used + height > pageHeight) used = 0;
            if (used == 0 && repeated != default && row > repeated.Header) used = Height(repeated.Header);
            used += height;
        }

        foreach (var row in breaks.Distinct().Take(MostBreaks)) sheet.PageSetup.AddHorizontalPageBreak(row);
        return places;
    }

    /// <summary>The first column starting at least this many points from the left edge.</summary>
    private static int ColumnAt(IXLWorksheet sheet, double points)
    {
        var column = 1;
        for (var x = 0.0; x < points; column++) x += Points(sheet.Column(column).Width);
        return column;
    }

    /// <summary>Height of a section: from its first row to the next section or the end.</summary>
    private static double SectionHeight(SheetWriter writer, HashSet<int> sections, int from, Func<int, double> height)
    {
        var total = height(from);
        for (var row = from + 1; row <= writer.LastRow && !sections.Contains(row); row++) total += height(row);
        return total;
    }

    /// <summary>A column width (in characters) in points: 7 pixels a character and 5 of padding, at 96 pixels an inch.</summary>
    private static double Points(double width) => Math.Truncate(width * 7 + 5) * 0.75;

    private static bool IsNumeric(IXLCell header) => header.Style.Alignment.Horizontal == XLAlignmentHorizontalValues.Right;
}
