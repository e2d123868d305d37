using System.Runtime.Versioning;

namespace MentorEval.Cli.Tests.Support;

/// <summary>
/// A folder no file can be created in, like a read-only share. Normally a scratch folder with mode 0555; but root writes
/// into such a folder anyway (as when the tests run in a container), so there it is one that refuses even root: /sys for
/// new files, and /proc/self/fd for an export "kept" in it (the export is opened and named by its descriptor).
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class ReadOnlyFolder : IDisposable
{
    private readonly TemporaryFolder parent;
    private readonly string? scratch;
    private readonly List<FileStream> held = [];

    public ReadOnlyFolder(TemporaryFolder parent)
    {
        this.parent = parent;
        var folder = System.IO.Path.Combine(parent.Path, "read-only");
        Directory.CreateDirectory(folder);
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute |
                                     UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        if (RefusesNewFiles(folder))
        {
            scratch = folder;
            Path = folder;
        }
        else
        {
            MakeWritable(folder);
            Path = "/sys";
        }
    }

    /// <summary>The folder.</summary>
    public string Path { get; }

    /// <summary>An export with <paramref name="content"/> in the folder (a file beside it cannot be created).</summary>
    public string Export(string name, string content)
    {
        if (scratch is not null)
        {
            MakeWritable(scratch);
            var path = System.IO.Path.Combine(scratch, name);
            File.WriteAllText(path, content);
            File.SetUnixFileMode(scratch, UnixFileMode.UserRead | UnixFileMode.UserExecute);
            return path;
        }

        var file = parent.PathOf("held-" + name);
        File.WriteAllText(file, content);
        var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.DeleteOnClose);
        held.Add(stream);
        return $"/proc/self/fd/{stream.SafeFileHandle.DangerousGetHandle()}";
    }

    public void Dispose()
    {
        foreach (var stream in held) stream.Dispose();
        if (scratch is not null) MakeWritable(scratch);
    }

    private static bool RefusesNewFiles(string folder)
    {
        var probe = System.IO.Path.Combine(folder, "probe");
        try
        {
            File.WriteAllText(probe, "");
            File.Delete(probe);
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return true;
        }
    }

    private static void MakeWritable(string folder) =>
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
}
