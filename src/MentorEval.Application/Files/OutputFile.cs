using MentorEval.Core.Diagnostics;

namespace MentorEval.Application.Files;

/// <summary>
/// A file a command writes for the user. It is written to a temporary file beside its target and moved into place by
/// <see cref="MoveIntoPlace"/> only once complete, so a failure or a kill never leaves half a file, and a file that was
/// there stays as it was until then. A device or pipe (/dev/stdout) is written straight to, since it cannot be
/// replaced. A failure is kept as <see cref="Problem"/> (naming the file, what went wrong and a fix) and returned by
/// <see cref="Complete"/> and <see cref="MoveIntoPlace"/>: a writer (CsvHelper, ClosedXML) keeps writing to a stream
/// that then drops what it is given, and the use case reads the outcome once the writer is done.
/// </summary>
public sealed class OutputFile : IDisposable
{
    private readonly FileStream? file;
    private readonly string place;
    private readonly string? temporary;
    private bool completed;
    private bool moved;

    /// <param name="file">Null when the file could not be started (<paramref name="problem"/> says why): its stream drops everything.</param>
    private OutputFile(string target, string what, string option, string place, string? temporary, FileStream? file, Diagnostic? problem = null)
    {
        Target = target;
        What = what;
        Option = option;
        this.place = place;
        this.temporary = temporary;
        this.file = file;
        Problem = problem;
        Stream = new OutputStream(file, this);
    }

    /// <summary>A file that is refused before it is started (a protected target, one another output of the command has).</summary>
    internal static OutputFile Refused(string target, string what, string option, Diagnostic problem) => new(target, what, option, target, null, null, problem);

    /// <summary>The first failure (the target, or a write); null while all is well.</summary>
    public Diagnostic? Problem { get; private set; }

    /// <summary>The path as the user named it.</summary>
    public string Target { get; }

    /// <summary>What the file is, for messages: "the rejects file".</summary>
    public string What { get; }

    /// <summary>The option that named it, for the fix in messages: "--rejects".</summary>
    public string Option { get; }

    /// <summary>Where to write the content; disposing it does not end the file (see <see cref="Complete"/>).</summary>
    public Stream Stream { get; }

    /// <summary>Refuses a target no file can be written at (a folder), before any work is done; null when it can be.</summary>
    /// <param name="target">An absolute path.</param>
    public static Diagnostic? CheckTarget(string target, string option)
    {
        var place = RealPath.Of(target);
        if ((FileIdentity.Of(place)?.Kind ?? (Directory.Exists(place) ? FileKind.Directory : FileKind.Regular)) != FileKind.Directory) return null;
        return new Diagnostic(target, DiagnosticCodes.Output.IsFolder, $"{option} \"{target}\" is a folder; {option} needs a file path.")
        {
            Fix = "Give a file path (a new file name inside that folder is fine).",
        };
    }

    /// <summary>Starts the file: creates its folder if needed and the temporary file beside the target (see <see cref="Problem"/> for a failure).</summary>
    /// <param name="target">An absolute path.</param>
    public static OutputFile Open(string target, string what, string option)
    {
        if (CheckTarget(target, option) is { } folder) return Refused(target, what, option, folder);
        // A link is written through: the file it points to is replaced, not the link.
        var place = RealPath.Of(target);
        var kind = FileIdentity.Of(place)?.Kind ?? FileKind.Regular;

        string? temporary = null;
        try
        {
            if (kind == FileKind.Special)
                return new OutputFile(target, what, option, place, null, new FileStream(place, FileMode.Open, FileAccess.Write, FileShare.ReadWrite));
            Directory.CreateDirectory(Path.GetDirectoryName(place)!);
            temporary = Path.Combine(Path.GetDirectoryName(place)!, $".{Path.GetFileName(place)}.{Guid.NewGuid():N}.partial");
            return new OutputFile(target, what, option, place, temporary, new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Refused(target, what, option, Failure($"Could not write {what} \"{target}\"", option, target, temporary, e));
        }
    }

    /// <summary>Writes what is still buffered and closes the temporary file (on disk, not only in the system's cache); the first failure, or null.</summary>
    public Diagnostic? Complete()
    {
        if (completed || Problem is not null || file is null) return Problem;
        try
        {
            file.Flush(flushToDisk: temporary is not null);
            file.Dispose();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(e);
        }

        completed = true;
        return null;
    }

    /// <summary>Completes the file if needed and puts it at its target, replacing what was there; the first failure, or null.</summary>
    public Diagnostic? MoveIntoPlace()
    {
        if (Complete() is { } problem) return problem;
        if (temporary is null || moved) return null;
        try
        {
            File.Move(temporary, place, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Problem = Failure($"Could not move {What} into place at \"{Target}\"", Option, Target, temporary, e);
        }

        moved = true;
        return null;
    }

    /// <summary>Removes a file an earlier run left at the target (a device or pipe is left alone); a failure, or null.</summary>
    /// <param name="target">An absolute path.</param>
    public static Diagnostic? RemoveEarlierFile(string target, string what, string option)
    {
        var place = RealPath.Of(target);
        if (!File.Exists(place) || FileIdentity.Of(place)?.Kind is FileKind.Special or FileKind.Directory) return null;
        try
        {
            File.Delete(place);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failure($"Could not remove {what} an earlier run left at \"{target}\"", option, target, null, e);
        }
    }

    /// <summary>Ends the file without putting it in place (unless it was): the temporary file is removed.</summary>
    public void Dispose()
    {
        try
        {
            file?.Dispose();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Already reported by Complete, or the file is being abandoned after another failure.
        }

        if (temporary is not null && !moved) File.Delete(temporary);
    }

    /// <summary>Keeps the first write failure; from then on the stream drops what it is given.</summary>
    private Diagnostic Fail(Exception e) => Problem ??= Failure($"Could not write {What} \"{Target}\"", Option, Target, temporary, e);

    private static Diagnostic Failure(string action, string option, string target, string? temporary, Exception e)
    {
        var reason = (temporary is null ? e.Message : e.Message.Replace(temporary, target)).TrimEnd('.');
        var (said, fix) = e switch
        {
            UnauthorizedAccessException => ($"permission denied ({reason})", $"Choose another {option} path, in a folder you can write to."),
            IOException when IsDiskFull(e) => ($"the disk is full ({reason})", $"Free some disk space, or choose another {option} path on a disk with room."),
            _ => (reason, $"Choose another {option} path."),
        };
        return new Diagnostic(target, DiagnosticCodes.Output.WriteFailed, $"{action}: {said}.") { Fix = fix };
    }

    private static bool IsDiskFull(Exception e) => OperatingSystem.IsWindows()
        ? (e.HResult & 0xFFFF) is 0x70 or 0x27 // ERROR_DISK_FULL, ERROR_HANDLE_DISK_FULL
        : e.HResult is 28 or 122; // ENOSPC, EDQUOT (Linux errno, which .NET keeps as the HResult)

    /// <summary>
    /// The file's stream as handed to writers: a write failure is kept by the file (<see cref="Problem"/>), after which
    /// the stream drops what it is given, so the writer finishes and the use case reads the failure; disposing only flushes.
    /// </summary>
    private sealed class OutputStream(FileStream? inner, OutputFile owner) : Stream
    {
        private bool Dropping => inner is null || owner.Problem is not null;

        public override bool CanRead => false;

        public override bool CanSeek => inner?.CanSeek ?? true;

        public override bool CanWrite => true;

        public override long Length => inner?.Length ?? 0;

        public override long Position
        {
            get => inner?.Position ?? 0;
            set
            {
                if (inner is not null) inner.Position = value;
            }
        }

        public override void Flush() => Guard(() => inner!.Flush());

        public override Task FlushAsync(CancellationToken cancel) => GuardAsync(() => inner!.FlushAsync(cancel));

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => inner?.Seek(offset, origin) ?? 0;

        public override void SetLength(long value) => Guard(() => inner!.SetLength(value));

        public override void Write(byte[] buffer, int offset, int count) => Guard(() => inner!.Write(buffer, offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (Dropping) return;
            try
            {
                inner!.Write(buffer);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                owner.Fail(e);
            }
        }

        public override void WriteByte(byte value) => Guard(() => inner!.WriteByte(value));

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancel) =>
            GuardAsync(() => inner!.WriteAsync(buffer, offset, count, cancel));

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancel = default) =>
            new(GuardAsync(() => inner!.WriteAsync(buffer, cancel).AsTask()));

        protected override void Dispose(bool disposing)
        {
            if (disposing && !owner.completed && inner is { CanWrite: true }) Flush();
            base.Dispose(disposing);
        }

        private void Guard(Action action)
        {
            if (Dropping) return;
            try
            {
                action();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                owner.Fail(e);
            }
        }

        private async Task GuardAsync(Func<Task> action)
        {
            if (Dropping) return;
            try
            {
                await action();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                owner.Fail(e);
            }
        }
    }
}
