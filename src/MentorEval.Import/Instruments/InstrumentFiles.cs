using MentorEval.Core.Instruments;

namespace MentorEval.Import.Instruments;

/// <summary>Instrument definitions read from disk: a library folder, or chosen files. Core only parses the texts.</summary>
public static class InstrumentFiles
{
    /// <summary>Reads every <c>*.json</c> directly in <paramref name="folder"/> (the schema folder is not a definition).</summary>
    public static InstrumentLibrary Load(string folder)
    {
        var files = Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToList()
            : [];
        return FromFiles(folder, files);
    }

    public static InstrumentLibrary FromFiles(string folder, IEnumerable<string> files) =>
        InstrumentLibrary.FromTexts(folder, files.Select(f => (f, File.ReadAllText(f))).ToList());
}
