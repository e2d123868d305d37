using MentorEval.Core.Diagnostics;
using MentorEval.Core.Instruments;

namespace MentorEval.Application.Instruments;

/// <summary>The instrument a use case was asked for, from the library in use.</summary>
internal static class InstrumentChoice
{
    /// <summary>The usable instrument with this id; refused with why when it is missing or broken.</summary>
    public static Attempt<Instrument> Find(InstrumentLibrary library, string id)
    {
        if (library.Find(id) is { } instrument) return instrument;
        var broken = library.Definitions.FirstOrDefault(d => d.Result.Instrument?.Id == id);
        if (broken is not null)
            return new Diagnostic(broken.Path, DiagnosticCodes.Program.InstrumentInvalid, $"Instrument \"{id}\" has errors.")
            {
                Fix = $"Run 'mentoreval instruments validate {broken.Path}' to see them.",
            };
        var known = string.Join(", ", library.Instruments.Select(i => i.Id));
        return new Diagnostic(library.Folder, DiagnosticCodes.Program.InstrumentUnknown, $"No instrument \"{id}\" in this folder. Known: {(known.Length == 0 ? "none" : known)}.")
        {
            Fix = "Use --instruments to point at another folder.",
        };
    }
}
