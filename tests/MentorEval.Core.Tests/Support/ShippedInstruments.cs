using MentorEval.Core.Instruments;

namespace MentorEval.Core.Tests.Support;

/// <summary>The instrument library in the repository's instruments/ folder, loaded once for all tests.</summary>
public static class ShippedInstruments
{
    private static readonly Lazy<InstrumentLibrary> Loaded = new(() => InstrumentLibrary.FromTexts("instruments", Directory.GetFiles(Path.Combine(RepositoryRoot(), "instruments"), "*.json").Order(StringComparer.Ordinal).Select(f => (f, File.ReadAllText(f)))));

    public static InstrumentLibrary Library => Loaded.Value;

    public static Instrument Get(string id) =>
        Library.Find(id) ?? throw new ShouldAssertException($"Instrument \"{id}\" is missing or invalid.");

    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "MentorEval.sln"))) return folder.FullName;
        }

        throw new InvalidOperationException($"No MentorEval.sln above {AppContext.BaseDirectory}.");
    }
}
