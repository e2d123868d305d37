using System.Globalization;
using CsvHelper;

namespace MentorEval.Application.Files;

/// <summary>
/// Writes the CSV files MentorEval produces for people. Text that came from survey answers or ids could start with
/// =, +, -, @, tab, CR or LF, which a spreadsheet runs as a formula: such text is escaped with a leading '. Numbers
/// MentorEval computed are written as they are, so a negative gap stays a number.
/// </summary>
public static class CsvOutput
{
    /// <summary>
    /// CsvHelper's own escaping is off: it misses a leading line feed, and it cannot tell text from a negative number.
    /// </summary>
    public static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { Injection = CsvInjection.None, NewLine = "\n" };

    private const string FormulaStarts = "=+-@\t\r\n";

    /// <summary>Writes a whole CSV to <paramref name="stream"/> (an <see cref="OutputFile"/>'s, so it is only moved into place once complete).</summary>
    public static void Write(Stream stream, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var csv = CsvWriter.Create(stream, Options, leaveOpen: true);
        csv.WriteRecord(header.Select(Defused).ToArray());
        foreach (var row in rows) csv.WriteRecord(row.Select(Text).ToArray());
    }

    /// <summary>Text as a spreadsheet will show it, never run it: a cell starting like a formula gets a leading '.</summary>
    public static string Defused(string text) => text.Length > 0 && FormulaStarts.Contains(text[0]) ? "'" + text : text;

    /// <summary>Numbers in full precision with a decimal point, whatever the machine's culture; missing as an empty cell; text defused.</summary>
    public static string Text(object? value) => value switch
    {
        null => "",
        double d when double.IsNaN(d) => "",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        string text => Defused(text),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => Defused(value.ToString() ?? ""),
    };
}
