using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace MentorEval.Reporting.Workbook;

/// <summary>
/// Writes the rows of large tables straight into a saved workbook's sheet XML. The sheet already holds the table's
/// header and first data row, its table definition and conditional formats; each streamed cell takes the style of its
/// column's cell in that first row (its number format), and the table is widened to the last row. Text goes in as
/// inline strings, so it is text in Excel whatever it looks like. The XML is written as text: building a million
/// OpenXML cell objects costs more than everything else in the report.
/// </summary>
internal static class RowStreamer
{
    private const int RowsPerBlock = 2_000;

    public static void Write(SpreadsheetDocument document, IReadOnlyList<StreamedTable> tables)
    {
        var part = document.WorkbookPart!;
        foreach (var onSheet in tables.GroupBy(t => t.Sheet))
        {
            var sheet = part.Workbook.Sheets!.Elements<Sheet>().First(s => s.Name == onSheet.Key);
            var worksheetPart = (WorksheetPart)part.GetPartById(sheet.Id!);
            var worksheet = worksheetPart.Worksheet;
            var data = worksheet.GetFirstChild<SheetData>()!;
            var whole = worksheet.OuterXml;
            var prefix = string.IsNullOrEmpty(data.Prefix) ? "" : data.Prefix + ":";
            var (at, length) = SheetDataSpan(whole, prefix);

            using var buffer = new MemoryStream();
            using (var xml = new StreamWriter(buffer, new UTF8Encoding(false), 1 << 16, leaveOpen: true))
            {
                xml.Write(whole.AsSpan(0, at));
                xml.Write($"<{prefix}sheetData>");
                WriteRows(xml, prefix, data.Elements<Row>().ToList(), onSheet.OrderBy(t => t.FirstRow).ToList());
                xml.Write($"</{prefix}sheetData>");
                xml.Write(whole.AsSpan(at + length));
            }

            buffer.Position = 0;
            worksheetPart.FeedData(buffer);
            foreach (var table in onSheet) Widen(worksheetPart, table);
        }
    }

    /// <summary>Where the sheet's &lt;sheetData&gt; element is in its XML text (it may be empty: &lt;sheetData /&gt;).</summary>
    private static (int Start, int Length) SheetDataSpan(string xml, string prefix)
    {
        var start = xml.IndexOf($"<{prefix}sheetData", StringComparison.Ordinal);
        var close = xml.IndexOf('>', start);
        if (xml[close - 1] == '/') return (start, close + 1 - start);
        var end = $"</{prefix}sheetData>";
        return (start, xml.IndexOf(end, close, StringComparison.Ordinal) + end.Length - start);
    }

    /// <summary>The rows ClosedXML wrote, with each streamed table's rows put in at their place (rows must ascend).</summary>
    private static void WriteRows(TextWriter xml, string prefix, IReadOnlyList<Row> existing, IReadOnlyList<StreamedTable> tables)
    {
        var next = 0;
        foreach (var table in tables)
        {
            for (; next < existing.Count && existing[next].RowIndex!.Value < table.FirstRow; next++) xml.Write(existing[next].OuterXml);
            var styles = existing.LastOrDefault(row => row.RowIndex!.Value == table.FirstRow - 1)?.Elements<Cell>()
                .Where(cell => cell.StyleIndex is not null)
                .ToDictionary(cell => ColumnNumber(cell.CellReference!.Value!), cell => cell.StyleIndex!.Value.ToString(CultureInfo.InvariantCulture)) ?? [];
            var columns = Enumerable.Range(1, table.Columns.Count).Select(ColumnName).ToList();
            // Blocks of rows become XML text on every core; the text is written in order.
            var blocks = Enumerable.Range(0, (table.Rows.Count + RowsPerBlock - 1) / RowsPerBlock).AsParallel().AsOrdered().Select(block =>
            {
                using var text = new StringWriter(CultureInfo.InvariantCulture);
                for (var r = block * RowsPerBlock; r < Math.Min(table.Rows.Count, (block + 1) * RowsPerBlock); r++)
                    WriteRow(text, prefix, columns, table.FirstRow + r, table.Rows[r], styles);
                return text.ToString();
            });
            foreach (var block in blocks) xml.Write(block);
            // Cells ClosedXML left where the rows now are (none are expected) would be duplicates: the streamed rows win.
            for (; next < existing.Count && existing[next].RowIndex!.Value < table.FirstRow + table.Rows.Count; next++) { }
        }

        for (; next < existing.Count; next++) xml.Write(existing[next].OuterXml);
    }

    private static void WriteRow(TextWriter xml, string prefix, IReadOnlyList<string> columns, int rowNumber, IReadOnlyList<object?> values,
        IReadOnlyDictionary<int, string> styles)
    {
        // Written piece by piece: a formatted string per cell would be millions of short-lived strings on a large cohort.
        Span<char> number = stackalloc char[11];
        rowNumber.TryFormat(number, out var digits, provider: CultureInfo.InvariantCulture);
        number = number[..digits];
        Span<char> formatted = stackalloc char[32];
        xml.Write('<'); xml.Write(prefix); xml.Write("row r=\""); xml.Write(number); xml.Write("\">");
        for (var c = 0; c < columns.Count; c++)
        {
            var value = c < values.Count ? values[c] : null;
            var written = 0;
            var ok = value switch
            {
                null => false,
                string => true,
                double d => double.IsFinite(d) && d.TryFormat(formatted, out written, "R", CultureInfo.InvariantCulture),
                int i => i.TryFormat(formatted, out written, provider: CultureInfo.InvariantCulture),
                DateTimeOffset time => time.UtcDateTime.ToOADate().TryFormat(formatted, out written, "R", CultureInfo.InvariantCulture),
                DateOnly day => day.ToDateTime(TimeOnly.MinValue).ToOADate().TryFormat(formatted, out written, "R", CultureInfo.InvariantCulture),
                _ => throw new ArgumentException($"A streamed cell cannot hold a {value.GetType().Name}."),
            };
            if (!ok) continue;
            xml.Write('<'); xml.Write(prefix); xml.Write("c r=\""); xml.Write(columns[c]); xml.Write(number); xml.Write('"');
            if (styles.TryGetValue(c + 1, out var style))
            {
                xml.Write(" s=\""); xml.Write(style); xml.Write('"');
            }

            if (value is string text)
            {
                // Only text with spaces at either end needs xml:space, or a reader would trim them.
                var space = text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]));
                xml.Write(" t=\"inlineStr\"><"); xml.Write(prefix); xml.Write("is><"); xml.Write(prefix); xml.Write('t');
                xml.Write(space ? " xml:space=\"preserve\">" : ">");
                XmlText.WriteEscaped(xml, text);
                xml.Write("</"); xml.Write(prefix); xml.Write("t></"); xml.Write(prefix); xml.Write("is></"); xml.Write(prefix); xml.Write("c>");
            }
            else
            {
                xml.Write("><"); xml.Write(prefix); xml.Write("v>"); xml.Write(formatted[..written]);
                xml.Write("</"); xml.Write(prefix); xml.Write("v></"); xml.Write(prefix); xml.Write("c>");
            }
        }

        xml.Write("</"); xml.Write(prefix); xml.Write("row>");
    }

    /// <summary>The table (and its filter) was defined over its header and first row; now it covers every row.</summary>
    private static void Widen(WorksheetPart worksheet, StreamedTable streamed)
    {
        var part = worksheet.TableDefinitionParts.First(p => p.Table.Name == streamed.Table);
        var from = part.Table.Reference!.Value!.Split(':')[0];
        var to = ColumnName(streamed.Columns.Count) + (streamed.FirstRow + streamed.Rows.Count - 1).ToString(CultureInfo.InvariantCulture);
        part.Table.Reference = $"{from}:{to}";
        if (part.Table.AutoFilter is { } filter) filter.Reference = $"{from}:{to}";
        part.Table.Save();
    }

    /// <summary>"AB12" → 28.</summary>
    private static int ColumnNumber(string reference)
    {
        var number = 0;
        foreach (var ch in reference.TakeWhile(char.IsAsciiLetterUpper)) number = number * 26 + (ch - 'A' + 1);
        return number;
    }

    /// <summary>1 → A, 27 → AA.</summary>
    internal static string ColumnName(int number)
    {
        var name = "";
        for (; number > 0; number = (number - 1) / 26) name = (char)('A' + (number - 1) % 26) + name;
        return name;
    }
}
