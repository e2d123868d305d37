using System.Text;

namespace MentorEval.Web.Tests.Support;

/// <summary>
/// The sample program with hostile text where a leader's files put text: two running pairs of 2025-fall renamed to a
/// script and to a spreadsheet formula (in the roster and every response), and a closed pair's reason for ending a script.
/// </summary>
public static class HostileSample
{
    public const string Script = "<script>alert(1)</script>";
    public const string Formula = "=HYPERLINK(\"http://x\",\"y\")";

    /// <summary>The pair renamed to <see cref="Script"/> (P0081), the one renamed to <see cref="Formula"/> (P0082), and the closed pair whose reason is <see cref="Script"/>.</summary>
    public const string ScriptPair = Script, FormulaPair = Formula, ClosedPair = "P0093";

    /// <summary>Copies the repository's sample into <paramref name="folder"/> with the hostile text written in.</summary>
    public static string WriteTo(string folder)
    {
        var source = Repository.Path("sample-data");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (Path.GetExtension(file) != ".csv")
            {
                File.Copy(file, target);
                continue;
            }

            var lines = File.ReadAllLines(file).Select(line => string.Join(',', line.Split(',').Select(Hostile))).ToList();
            File.WriteAllText(target, string.Join("\n", lines) + "\n", new UTF8Encoding(false));
        }

        return folder;
    }

    private static string Hostile(string cell) => cell switch
    {
        "P0081" => Quoted(Script),
        "P0082" => Quoted(Formula),
        "mentee: lack of time" => Quoted(Script),
        _ => cell,
    };

    private static string Quoted(string text) => $"\"{text.Replace("\"", "\"\"")}\"";

    /// <summary>The cells of a CSV (quoted fields as RFC 4180 reads them), header first.</summary>
    public static List<string[]> CsvRows(string text)
    {
        using var parser = new Microsoft.VisualBasic.FileIO.TextFieldParser(new StringReader(text)) { HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        parser.SetDelimiters(",");
        var rows = new List<string[]>();
        while (!parser.EndOfData) rows.Add(parser.ReadFields()!);
        return rows;
    }
}
