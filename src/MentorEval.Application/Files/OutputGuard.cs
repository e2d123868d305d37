using MentorEval.Core.Diagnostics;
using MentorEval.Storage.Database;

namespace MentorEval.Application.Files;

/// <summary>
/// What no file a command writes may replace: the program's database (and the files SQLite keeps beside it), the
/// files the same command reads, and the instrument definitions (every .json in their folder is read as one). A target
/// is compared by its real path (links followed) and, where the system tells, by the file it is on disk (hard links).
/// </summary>
public sealed class OutputGuard
{
    private readonly List<(string Path, string What)> files = [];
    private readonly string? instrumentFolder;

    /// <param name="instrumentFolder">The definitions folder in use, or null for the command that writes definitions.</param>
    /// <param name="inputs">What the command reads: each path with what it is ("the survey export").</param>
    public OutputGuard(StoreLocation database, string? instrumentFolder, IEnumerable<(string Path, string What)> inputs)
    {
        if (!database.IsServer)
        {
            files.Add((database.Value, "the program's database"));
            foreach (var suffix in new[] { "-wal", "-shm", "-journal" }) files.Add((database.Value + suffix, $"the database's {suffix} file"));
        }

        files.AddRange(inputs);
        this.instrumentFolder = instrumentFolder is null ? null : RealPath.Of(instrumentFolder);
    }

    private OutputGuard(List<(string Path, string What)> files, string? instrumentFolder)
    {
        this.files = files;
        this.instrumentFolder = instrumentFolder;
    }

    /// <summary>This guard, protecting <paramref name="inputs"/> too (inputs known only once the command has loaded its data).</summary>
    public OutputGuard And(IEnumerable<(string Path, string What)> inputs) => new([.. files, .. inputs], instrumentFolder);

    /// <summary>Refuses, before anything runs, a target that is one of the protected files or lies in the definitions folder; null when it may be written.</summary>
    /// <param name="target">The absolute path the command would write.</param>
    /// <param name="option">The option that named it (--rejects), for the message.</param>
    public Diagnostic? Check(string target, string option)
    {
        var real = RealPath.Of(target);
        var identity = FileIdentity.Of(real);
        foreach (var (path, what) in files)
        {
            var same = RealPath.Comparer.Equals(real, RealPath.Of(path))
                       || identity is { } written && FileIdentity.Of(path) is { } protectedFile && written.SameFileAs(protectedFile);
            if (same)
                return new Diagnostic(target, DiagnosticCodes.Output.Protected, $"{option} \"{target}\" is {what} (\"{path}\"); writing there would destroy it.")
                {
                    Fix = $"Choose another {option} path.",
                };
        }

        if (instrumentFolder is not null && Inside(real, instrumentFolder))
            return new Diagnostic(target, DiagnosticCodes.Output.InDefinitionsFolder,
                $"{option} \"{target}\" is in the instrument definitions folder (\"{instrumentFolder}\"), where every .json file is read as a definition.")
            {
                Fix = $"Choose a path outside it for {option}.",
            };
        return null;
    }

    private static bool Inside(string path, string folder) =>
        path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, RealPath.Comparer == StringComparer.Ordinal ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);
}
