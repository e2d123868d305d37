using System.Text;
using MentorEval.Import.Exports;

namespace MentorEval.Import.Tests.Exports;

/// <summary>Opens the example exports in Exports/Fixtures/ and small exports written inline.</summary>
internal static class Fixture
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Exports", "Fixtures", name);

    public static ExportReader Open(string name, ExportReadOptions? options = null) => ExportReader.Open(PathOf(name), options);

    /// <summary>Opens a fixture and reads all its rows.</summary>
    public static (ExportReader Export, List<ExportRow> Rows) Read(string name, ExportReadOptions? options = null)
    {
        // Columns and problems stay available after the file is closed.
        using var export = Open(name, options);
        return (export, export.ReadRows().ToList());
    }

    /// <summary>Reads an export given as text (UTF-8).</summary>
    public static (ExportReader Export, List<ExportRow> Rows) ReadText(string text, ExportReadOptions? options = null) =>
        ReadBytes(Encoding.UTF8.GetBytes(text), options);

    /// <summary>Reads an export given as text for some of its answer columns, as an importer reads it for an instrument's items.</summary>
    public static (ExportReader Export, List<ExportRow> Rows) ReadTextFor(string text, params string[] answersRead)
    {
        using var export = ExportReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(text)), "inline.csv");
        return (export, export.ReadRows(answersRead.Select(export.Column)).ToList());
    }

    public static (ExportReader Export, List<ExportRow> Rows) ReadBytes(byte[] bytes, ExportReadOptions? options = null)
    {
        using var export = ExportReader.Open(new MemoryStream(bytes), "inline.csv", options);
        return (export, export.ReadRows().ToList());
    }

    public static ExportColumn Column(this ExportReader export, string name) => export.Columns.Single(c => c.Name == name);

    public static string Answer(this ExportReader export, ExportRow row, string column) => row.Answers[export.Column(column).AnswerIndex];
}
