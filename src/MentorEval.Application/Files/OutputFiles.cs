namespace MentorEval.Application.Files;

/// <summary>
/// Every file one command writes: each target is checked against what must never be overwritten when it is opened,
/// all are written to temporary files, and they are moved into place together once all are complete (for an import,
/// after its commit). Disposed before that, they leave nothing behind.
/// </summary>
public sealed class OutputFiles(OutputGuard guard) : IDisposable
{
    private readonly List<OutputFile> files = [];

    /// <summary>Refuses, before any work, a target that must not be overwritten or cannot be a file; writes nothing.</summary>
    /// <param name="target">An absolute path.</param>
    public void Check(string target, string option)
    {
        guard.Check(target, option);
        OutputFile.CheckTarget(target, option);
    }

    /// <summary>Checks the target and starts writing it.</summary>
    /// <param name="target">An absolute path.</param>
    /// <param name="what">What the file is, for messages: "the rejects file".</param>
    /// <param name="option">The option that names it, for messages: "--rejects".</param>
    public OutputFile Open(string target, string what, string option)
    {
        guard.Check(target, option);
        if (files.FirstOrDefault(f => RealPath.Comparer.Equals(RealPath.Of(f.Target), RealPath.Of(target))) is { } other)
            throw new RefusedException($"{option} \"{target}\" is also where {other.What} goes; one file would overwrite the other. Choose another {option} path.");
        var file = OutputFile.Open(target, what, option);
        files.Add(file);
        return file;
    }

    /// <summary>Finishes writing every file: after this, only moving them into place remains.</summary>
    public void Complete()
    {
        foreach (var file in files) file.Complete();
    }

    /// <summary>Moves every file into place, in the order opened; a failure says which were already in place.</summary>
    public void MoveIntoPlace()
    {
        Complete();
        var placed = new List<string>();
        foreach (var file in files)
        {
            try
            {
                file.MoveIntoPlace();
            }
            catch (RefusedException e) when (placed.Count > 0)
            {
                throw new RefusedException($"{e.Message} Already written: {string.Join(", ", placed.Select(p => $"\"{p}\""))}.");
            }

            placed.Add(file.Target);
        }
    }

    public void Dispose()
    {
        foreach (var file in files) file.Dispose();
    }
}
