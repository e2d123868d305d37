using System.Globalization;
using CsvHelper;

namespace MentorEval.Cli.App;

/// <summary>
/// Writes the CSV files MentorEval produces for people. Text that came from survey answers or ids could start with
/// =, +, -, @, tab, CR or LF, which a spreadsheet runs as a formula: such cells are escaped with a leading '.
/// </summary>
public static class CsvOutput
{
    public static void Write(string path, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var folder = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        using var csv = CsvWriter.Create(File.Create(path), CsvWriterOptions.Default with { Injection = CsvInjection.Escape, NewLine = "\n" });
        csv.WriteRecord(header.ToArray());
        foreach (var row in rows) csv.WriteRecord(row.Select(Text).ToArray());
    }

    /// <summary>Numbers in full precision with a decimal point, whatever the machine's culture; missing as an empty cell.</summary>
    public static string Text(object? value) => value switch
    {
        null => "",
        double d when double.IsNaN(d) => "",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
