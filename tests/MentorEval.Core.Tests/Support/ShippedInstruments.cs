using MentorEval.Core.Instruments;

namespace MentorEval.Core.Tests.Support;

/// <summary>The instrument library in the repository's instruments/ folder, loaded once for all tests.</summary>
public static class ShippedInstruments
{
    private static readonly Lazy<InstrumentLibrary> Loaded = new(() => InstrumentLibrary.FromTexts("instruments", Directory.GetFiles(Repository.PathOf("instruments"), "*.json").Order(StringComparer.Ordinal).Select(f => (f, File.ReadAllText(f)))));

    public static InstrumentLibrary Library => Loaded.Value;

    public static Instrument Get(string id) =>
        Library.Find(id) ?? throw new ShouldAssertException($"Instrument \"{id}\" is missing or invalid.");
}
