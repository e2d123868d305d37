using MentorEval.Core.Instruments;

namespace MentorEval.Application.Instruments;

/// <summary>The instrument a use case was asked for, from the library in use.</summary>
internal static class InstrumentChoice
{
    /// <summary>The usable instrument with this id; refused with why when it is missing or broken.</summary>
    public static Instrument Find(InstrumentLibrary library, string id)
    {
        if (library.Find(id) is { } instrument) return instrument;
        var broken = library.Definitions.FirstOrDefault(d => d.Result.Instrument?.Id == id);
        if (broken is not null)
            throw new RefusedException($"Instrument \"{id}\" ({broken.Path}) has errors; run 'mentoreval instruments validate {broken.Path}' to see them.");
        var known = string.Join(", ", library.Instruments.Select(i => i.Id));
        throw new RefusedException($"No instrument \"{id}\" in {library.Folder}. Known: {(known.Length == 0 ? "none" : known)}. Use --instruments to point at another folder.");
    }
}
