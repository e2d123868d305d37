using MentorEval.Application.Programs;
using MentorEval.Core.Instruments;
using MentorEval.Import.Instruments;

namespace MentorEval.Application.Instruments;

public abstract record LibraryOutcome
{
    public sealed record Loaded(InstrumentLibrary Library) : LibraryOutcome;

    public sealed record Refused(string Message) : LibraryOutcome, IRefused;
}

public abstract record InstrumentOutcome
{
    public sealed record Found(Instrument Instrument) : InstrumentOutcome;

    public sealed record Refused(string Message) : InstrumentOutcome, IRefused;
}

public abstract record ValidationOutcome
{
    /// <summary>Every definition read, each with its problems (none read: not valid either).</summary>
    public sealed record Checked(IReadOnlyList<LoadedDefinition> Definitions) : ValidationOutcome
    {
        public bool AllValid => Definitions.Count > 0 && Definitions.All(d => d.Result.IsValid);
    }

    public sealed record Refused(string Message) : ValidationOutcome, IRefused;
}

/// <summary>The instrument definitions in use (the workspace's folder), one of them, or given files checked against the format's rules.</summary>
public sealed class InstrumentDefinitions(Workspace workspace)
{
    public LibraryOutcome Load() => Refusal.Catch<LibraryOutcome>(() => new LibraryOutcome.Loaded(workspace.LoadLibrary()), m => new LibraryOutcome.Refused(m));

    public InstrumentOutcome Find(string id) =>
        Refusal.Catch<InstrumentOutcome>(() => new InstrumentOutcome.Found(InstrumentChoice.Find(workspace.LoadLibrary(), id)), m => new InstrumentOutcome.Refused(m));

    /// <param name="paths">Definition files or folders; none: the library in use. A folder is checked as a library (ids unique across it), a file on its own.</param>
    public ValidationOutcome Validate(IReadOnlyList<string> paths) =>
        Refusal.Catch<ValidationOutcome>(() => new ValidationOutcome.Checked(paths.Count == 0
            ? workspace.LoadLibrary().Definitions
            : paths.SelectMany(Load).ToList()), m => new ValidationOutcome.Refused(m));

    private IReadOnlyList<LoadedDefinition> Load(string given)
    {
        var path = workspace.FullPath(given);
        if (Directory.Exists(path)) return InstrumentFiles.Load(path).Definitions;
        if (File.Exists(path)) return InstrumentFiles.FromFiles(Path.GetDirectoryName(path)!, [path]).Definitions;
        throw new RefusedException($"No file or folder \"{path}\". Give the path of a definition (.json) or of a folder of them.");
    }
}
