using MentorEval.Core.Diagnostics;

namespace MentorEval.Application.Files;

/// <summary>What every file a use case reads must be.</summary>
internal static class InputFile
{
    /// <summary>
    /// Refuses a device or a pipe (/dev/zero, /dev/stdin, a FIFO): reading one may never end, and opening a FIFO waits
    /// for a writer. On Linux the system says what kind of file a path is (<see cref="FileIdentity"/>); elsewhere such a
    /// file is told by showing a size of 0 and still giving bytes, while an empty file gives none.
    /// </summary>
    public static Refusal? NotRegular(string path, string what)
    {
        var kind = FileIdentity.Of(path)?.Kind;
        if (kind == FileKind.Regular) return null;
        if (kind is null && new FileInfo(path).Length > 0) return null;
        if (kind is null)
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1);
            if (stream.ReadByte() < 0) return null;
        }

        return new Diagnostic(path, DiagnosticCodes.Input.NotRegular,
            $"\"{path}\" is not a regular file (it is a device or a pipe, whose reading may never end), so it was not read as a {what}.")
        {
            Fix = $"Save the {what} as a file and give that file's path.",
        };
    }
}
