using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace MentorEval.Reporting.Brief;

/// <summary>
/// Lays text, tables and pictures down A4 portrait pages from the top, starting a page when the next block does not fit:
/// a chart, a table row or a heading with its first lines is never split over two pages. All text is real text.
/// </summary>
internal sealed class BriefLayout : IDisposable
{
    private const double Margin = 42;
    private const double FooterHeight = 18;
    private const double BodySize = 9.5;
    private const double Leading = 1.35;

    public static readonly XColor Ink = XColor.FromArgb(0x22, 0x22, 0x22);
    public static readonly XColor Muted = XColor.FromArgb(0x6E, 0x6E, 0x6E);
    public static readonly XColor Warning = XColor.FromArgb(0xB0, 0x1E, 0x1E);

    private readonly XFont body;
    private readonly XFont bold;
    private readonly PdfDocument document;
    private XGraphics? graphics;
    private double y;

    public BriefLayout(PdfDocument document)
    {
        BriefFonts.EnsureInstalled();
        this.document = document;
        body = Font(BodySize);
        bold = Font(BodySize, bold: true);
        NewPage();
    }

    private XGraphics Graphics => graphics!;

    private PdfPage Page => document.Pages[^1];

    public double Width => Page.Width.Point - 2 * Margin;

    private double Bottom => Page.Height.Point - Margin - FooterHeight;

    // Unicode encoding: names and citations may hold any character, not only WinAnsi's.
    public static XFont Font(double size, bool bold = false) =>
        new(BriefFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));

    public void Title(string text)
    {
        Paragraph(text, Font(16, bold: true), Ink);
        y += 2;
    }

    public void Line(string text, XColor? color = null) => Paragraph(text, Font(8.5), color ?? Muted);

    /// <summary>A heading kept on the page of the block that follows it (needs <paramref name="keepWith"/> points below it).</summary>
    public void Heading(string text, double keepWith = 40)
    {
        var font = Font(12, bold: true);
        y += 10;
        Fit(Height(font) + keepWith);
        Paragraph(text, font, Ink);
        y += 3;
    }

    public void Paragraph(string text) => Paragraph(text, body, Ink);

    /// <summary>A bulleted sentence; the lines after the first are indented under its text.</summary>
    public void Bullet(string text)
    {
        const double indent = 11;
        var lines = Wrap(text, body, Width - indent);
        Fit(lines.Count * Height(body));
        Graphics.DrawString("•", body, new XSolidBrush(Ink), Margin, y, XStringFormats.TopLeft);
        foreach (var line in lines) Draw(line, body, Ink, Margin + indent);
        y += 4;
    }

    /// <summary>A picture at the full text width (or less when <paramref name="maxHeight"/> asks), with its caption under it.</summary>
    public void Picture(byte[] png, string caption, double maxHeight)
    {
        using var image = XImage.FromStream(new MemoryStream(png));
        var width = Math.Min(Width, maxHeight * image.PixelWidth / image.PixelHeight);
        var height = width * image.PixelHeight / image.PixelWidth;
        var captionFont = Font(8.5);
        Fit(height + Height(captionFont) + 10);
        Graphics.DrawImage(image, Margin + (Width - width) / 2, y, width, height);
        y += height + 2;
        Paragraph(caption, captionFont, Muted);
        y += 8;
    }

    /// <summary>A table whose header row is repeated on each page it runs onto; a row whose <c>Section</c> is set spans every column in bold.</summary>
    public void Table(IReadOnlyList<(string Header, double Width, bool Right)> columns, IReadOnlyList<BriefRow> rows)
    {
        var font = Font(8.5);
        var header = Font(8.5, bold: true);
        var line = Height(font);
        void Header()
        {
            var x = Margin;
            foreach (var column in columns)
            {
                Cell(column.Header, header, Ink, x, column.Width, column.Right);
                x += column.Width;
            }

            y += line + 2;
            Graphics.DrawLine(new XPen(Muted, 0.5), Margin, y - 1, Margin + columns.Sum(c => c.Width), y - 1);
        }

        // The header, a section title and two rows at least stay together.
        Fit(5 * line);
        Header();
        foreach (var row in rows)
        {
            var cells = row.Cells.Select((text, i) => Wrap(text, font, columns[i].Width - 6)).ToList();
            var height = row.Section is not null ? line + 3 : cells.Max(c => c.Count) * line;
            if (y + height > Bottom)
            {
                NewPage();
                Header();
            }

            if (row.Section is { } section)
            {
                y += 3;
                Cell(section, header, Ink, Margin, columns.Sum(c => c.Width), right: false);
                y += line;
                continue;
            }

            var x = Margin;
            for (var i = 0; i < columns.Count; i++)
            {
                var color = row.Colors?[i] ?? Ink;
                for (var l = 0; l < cells[i].Count; l++) Cell(cells[i][l], font, color, x, columns[i].Width, columns[i].Right, l * line);
                x += columns[i].Width;
            }

            y += height;
        }
    }

    /// <summary>Writes each page's footer once the number of pages is known.</summary>
    public void Footers(string text)
    {
        graphics?.Dispose();
        graphics = null;
        var font = Font(7.5);
        for (var i = 0; i < document.PageCount; i++)
        {
            using var page = XGraphics.FromPdfPage(document.Pages[i], XGraphicsPdfPageOptions.Append);
            var footer = $"{text} · page {i + 1} of {document.PageCount}";
            page.DrawString(footer, font, new XSolidBrush(Muted), Margin, document.Pages[i].Height.Point - Margin, XStringFormats.BottomLeft);
        }
    }

    public void Dispose() => graphics?.Dispose();

    private void Paragraph(string text, XFont font, XColor color)
    {
        foreach (var line in Wrap(text, font, Width))
        {
            Fit(Height(font));
            Draw(line, font, color, Margin);
        }
    }

    private void Draw(string line, XFont font, XColor color, double x)
    {
        Graphics.DrawString(line, font, new XSolidBrush(color), x, y, XStringFormats.TopLeft);
        y += Height(font);
    }

    private void Cell(string text, XFont font, XColor color, double x, double width, bool right, double down = 0)
    {
        var brush = new XSolidBrush(color);
        if (right) Graphics.DrawString(text, font, brush, x + width - 3, y + down, XStringFormats.TopRight);
        else Graphics.DrawString(text, font, brush, x + 3, y + down, XStringFormats.TopLeft);
    }

    private void Fit(double height)
    {
        if (y + height > Bottom) NewPage();
    }

    private void NewPage()
    {
        graphics?.Dispose();
        var page = document.AddPage();
        page.Size = PageSize.A4;
        page.Orientation = PageOrientation.Portrait;
        graphics = XGraphics.FromPdfPage(page);
        y = Margin;
    }

    private static double Height(XFont font) => font.Size * Leading;

    /// <summary>Breaks text into lines no wider than <paramref name="width"/>, at spaces (a word longer than a line is cut).</summary>
    private List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (Measure(candidate, font) <= width)
            {
                current = candidate;
                continue;
            }

            if (current.Length > 0) lines.Add(current);
            current = word;
            while (Measure(current, font) > width && current.Length > 1)
            {
                var fits = Enumerable.Range(1, current.Length - 1).Last(n => n == 1 || Measure(current[..n], font) <= width);
                lines.Add(current[..fits]);
                current = current[fits..];
            }
        }

        if (current.Length > 0 || lines.Count == 0) lines.Add(current);
        return lines;
    }

    private double Measure(string text, XFont font) => Graphics.MeasureString(text, font).Width;
}

/// <summary>One row of a brief's table: its cells (and their colours), or a section title spanning the columns.</summary>
internal sealed record BriefRow(IReadOnlyList<string> Cells, IReadOnlyList<XColor?>? Colors = null, string? Section = null)
{
    public static BriefRow Titled(string section) => new([], null, section);
}
