using MentorEval.Core.Diagnostics;

namespace MentorEval.Core.Instruments;

/// <summary>
/// The definitions in one folder (the shipped <c>instruments/</c> or a program's own copy),
/// each with its problems, so a single bad file never hides the others.
/// </summary>
public sealed class InstrumentLibrary
{
    private InstrumentLibrary(string folder, IReadOnlyList<LoadedDefinition> definitions)
    {
        Folder = folder;
        Definitions = definitions;
    }

    public string Folder { get; }

    public IReadOnlyList<LoadedDefinition> Definitions { get; }

    /// <summary>The usable instruments (definitions without errors), by id.</summary>
    public IEnumerable<Instrument> Instruments => Definitions.Where(d => d.Result.IsValid).Select(d => d.Result.Instrument!);

    public Instrument? Find(string id) => Instruments.FirstOrDefault(i => i.Id == id);

    /// <summary>The definition text an instrument was read from.</summary>
    public string SourceOf(Instrument instrument) => Definitions.First(d => ReferenceEquals(d.Result.Instrument, instrument)).Json;

    /// <summary>
    /// The library made of definition texts already read (by <c>MentorEval.Import.Instruments.InstrumentFiles</c> from a
    /// folder): Core parses, it does not read files.
    /// </summary>
    /// <param name="folder">Where the definitions came from, for messages.</param>
    /// <param name="definitions">Each definition's path (for messages) and text, in the order to list them.</param>
    public static InstrumentLibrary FromTexts(string folder, IEnumerable<(string Path, string Json)> definitions)
    {
        var loaded = definitions.Select(d => new LoadedDefinition(d.Path, d.Json, InstrumentDefinition.Parse(d.Json, d.Path))).ToList();
        return new InstrumentLibrary(folder, MarkDuplicateIds(loaded));
    }

    /// <summary>Two files defining the same id would make "--instrument ID" ambiguous: both are rejected.</summary>
    private static List<LoadedDefinition> MarkDuplicateIds(List<LoadedDefinition> loaded)
    {
        var byId = loaded.Where(d => d.Result.Instrument is { Id.Length: > 0 })
            .GroupBy(d => d.Result.Instrument!.Id)
            .Where(g => g.Count() > 1)
            .ToDictionary(g => g.Key, g => g.Select(d => d.Path).ToList());
        return loaded.Select(d =>
        {
            if (d.Result.Instrument is not { } instrument || !byId.TryGetValue(instrument.Id, out var paths)) return d;
            var others = string.Join(", ", paths.Where(p => p != d.Path).Select(Path.GetFileName));
            var problem = new Diagnostic(d.Path, DiagnosticCodes.Definition.IdRepeated,
                $"Instrument id \"{instrument.Id}\" is also defined in {others}; ids must be unique within a library folder.") { Column = "$.id" };
            return d with { Result = d.Result with { Problems = [.. d.Result.Problems, problem] } };
        }).ToList();
    }
}
