using MentorEval.Core.Diagnostics;

namespace MentorEval.Application.Files;

/// <summary>
/// Every file one command writes: each target is checked against what must never be overwritten when it is opened,
/// all are written to temporary files, and they are moved into place together once all are complete (for an import,
/// after its commit). Disposed before that, they leave nothing behind. A target that is refused, or a write that fails,
/// is kept (<see cref="Problem"/>) and returned by <see cref="Complete"/> and <see cref="MoveIntoPlace"/>.
/// </summary>
public sealed class OutputFiles(OutputGuard guard) : IDisposable
{
    private readonly List<OutputFile> files = [];

    /// <summary>Refuses, before any work, a target that must not be overwritten or cannot be a file; writes nothing.</summary>
    /// <param name="target">An absolute path.</param>
    public Diagnostic? Check(string target, string option) => guard.Check(target, option) ?? OutputFile.CheckTarget(target, option);

    /// <summary>Checks the target and starts writing it; a refused target gives a file whose stream drops what it is given.</summary>
    /// <param name="target">An absolute path.</param>
    /// <param name="what">What the file is, for messages: "the rejects file".</param>
    /// <param name="option">The option that names it, for messages: "--rejects".</param>
    public OutputFile Open(string target, string what, string option)
    {
        var file = guard.Check(target, option) is { } guarded ? OutputFile.Refused(target, what, option, guarded)
            : files.FirstOrDefault(f => RealPath.Comparer.Equals(RealPath.Of(f.Target), RealPath.Of(target))) is { } other
                ? OutputFile.Refused(target, what, option, new Diagnostic(target, DiagnosticCodes.Output.SameTarget,
                    $"{option} \"{target}\" is also where {other.What} goes; one file would overwrite the other.") { Fix = $"Choose another {option} path." })
                : OutputFile.Open(target, what, option);
        files.Add(file);
        return file;
    }

    /// <summary>The first file refused or failed, in the order opened; null while all is well.</summary>
    public Diagnostic? Problem => files.Select(f => f.Problem).FirstOrDefault(p => p is not null);

    /// <summary>Finishes writing every file (after this, only moving them into place remains); the first failure, or null.</summary>
    public Diagnostic? Complete() => files.Select(f => f.Complete()).ToList().FirstOrDefault(p => p is not null);

    /// <summary>Moves every file into place, in the order opened; a failure says which were already in place.</summary>
    public Diagnostic? MoveIntoPlace()
    {
        if (Complete() is { } problem) return problem;
        var placed = new List<string>();
        foreach (var file in files)
        {
            if (file.MoveIntoPlace() is { } failed)
                return placed.Count == 0 ? failed : failed with { Message = $"{failed.Message} Already written: {string.Join(", ", placed.Select(p => $"\"{p}\""))}." };
            placed.Add(file.Target);
        }

        return null;
    }

    public void Dispose()
    {
        foreach (var file in files) file.Dispose();
    }
}
