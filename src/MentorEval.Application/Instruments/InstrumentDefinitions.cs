using MentorEval.Core.Diagnostics;
using MentorEval.Application.Programs;
using MentorEval.Core.Instruments;
using MentorEval.Import.Instruments;

namespace MentorEval.Application.Instruments;

public abstract record LibraryOutcome
{
    public sealed record Loaded(InstrumentLibrary Library) : LibraryOutcome;
}

public abstract record InstrumentOutcome
{
    public sealed record Found(Instrument Instrument) : InstrumentOutcome;

    public sealed record Refused(IReadOnlyList<Diagnostic> Diagnostics) : InstrumentOutcome, IRefused;
}

public abstract record ValidationOutcome
{
    /// <summary>Every definition read, each with its problems (none read: not valid either).</summary>
    public sealed record Checked(IReadOnlyList<LoadedDefinition> Definitions) : ValidationOutcome
    {
        public bool AllValid => Definitions.Count > 0 && Definitions.All(d => d.Result.IsValid);
    }

    public sealed record Refused(IReadOnlyList<Diagnostic> Diagnostics) : ValidationOutcome, IRefused;
}

/// <summary>The instrument definitions in use (the workspace's folder), one of them, or given files checked against the format's rules.</summary>
public sealed class InstrumentDefinitions(Workspace workspace)
{
    public LibraryOutcome Load() => new LibraryOutcome.Loaded(workspace.LoadLibrary());

    public InstrumentOutcome Find(string id) =>
        InstrumentChoice.Find(workspace.LoadLibrary(), id).Failed(out var refusal, out var instrument)
            ? new InstrumentOutcome.Refused(refusal.Diagnostics)
            : new InstrumentOutcome.Found(instrument);

    /// <param name="paths">Definition files or folders; none: the library in use. A folder is checked as a library (ids unique across it), a file on its own.</param>
    public ValidationOutcome Validate(IReadOnlyList<string> paths)
    {
        if (paths.Count == 0) return new ValidationOutcome.Checked(workspace.LoadLibrary().Definitions);
        var definitions = new List<LoadedDefinition>();
        foreach (var given in paths)
        {
            var path = workspace.FullPath(given);
            if (Directory.Exists(path)) definitions.AddRange(InstrumentFiles.Load(path).Definitions);
            else if (File.Exists(path)) definitions.AddRange(InstrumentFiles.FromFiles(Path.GetDirectoryName(path)!, [path]).Definitions);
            else
                return new ValidationOutcome.Refused([new Diagnostic(path, DiagnosticCodes.Input.Missing, "There is no file or folder here.")
                {
                    Fix = "Give the path of a definition (.json) or of a folder of them.",
                }]);
        }

        return new ValidationOutcome.Checked(definitions);
    }
}
