namespace MentorEval.Application.Files;

/// <summary>
/// A file a command writes for the user. It is written to a temporary file beside its target and moved into place by
/// <see cref="MoveIntoPlace"/> only once complete, so a failure or a kill never leaves half a file, and a file that was
/// there stays as it was until then. A device or pipe (/dev/stdout) is written straight to, since it cannot be
/// replaced. Every failure becomes a <see cref="RefusedException"/> naming the file, what went wrong and a fix.
/// </summary>
public sealed class OutputFile : IDisposable
{
    private readonly FileStream file;
    private readonly string place;
    private readonly string? temporary;
    private bool completed;
    private bool moved;

    private OutputFile(string target, string what, string option, string place, string? temporary, FileStream file)
    {
        Target = target;
        What = what;
        Option = option;
        this.place = place;
        this.temporary = temporary;
        this.file = file;
        Stream = new OutputStream(file, this);
    }

    /// <summary>The path as the user named it.</summary>
    public string Target { get; }

    /// <summary>What the file is, for messages: "the rejects file".</summary>
    public string What { get; }

    /// <summary>The option that named it, for the fix in messages: "--rejects".</summary>
    public string Option { get; }

    /// <summary>Where to write the content; disposing it does not end the file (see <see cref="Complete"/>).</summary>
    public Stream Stream { get; }

    /// <summary>Refuses a target no file can be written at (a folder), before any work is done.</summary>
    /// <param name="target">An absolute path.</param>
    public static void CheckTarget(string target, string option)
    {
        var place = RealPath.Of(target);
        if ((FileIdentity.Of(place)?.Kind ?? (Directory.Exists(place) ? FileKind.Directory : FileKind.Regular)) == FileKind.Directory)
            throw new RefusedException($"{option} \"{target}\" is a folder; {option} needs a file path (a new file name inside that folder is fine).");
    }

    /// <summary>Starts the file: creates its folder if needed and the temporary file beside the target.</summary>
    /// <param name="target">An absolute path.</param>
    public static OutputFile Open(string target, string what, string option)
    {
        CheckTarget(target, option);
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
            throw Failure($"Could not write {what} \"{target}\"", option, target, temporary, e);
        }
    }

    /// <summary>Writes what is still buffered and closes the temporary file (on disk, not only in the system's cache).</summary>
    public void Complete()
    {
        if (completed) return;
        try
        {
            file.Flush(flushToDisk: temporary is not null);
            file.Dispose();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw WriteFailed(e);
        }

        completed = true;
    }

    /// <summary>Completes the file if needed and puts it at its target, replacing what was there.</summary>
    public void MoveIntoPlace()
    {
        Complete();
        if (temporary is null || moved) return;
        try
        {
            File.Move(temporary, place, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Failed($"Could not move {What} into place at \"{Target}\"", e);
        }

        moved = true;
    }

    /// <summary>Removes a file an earlier run left at the target (a device or pipe is left alone).</summary>
    /// <param name="target">An absolute path.</param>
    public static void RemoveEarlierFile(string target, string what, string option)
    {
        var place = RealPath.Of(target);
        if (!File.Exists(place) || FileIdentity.Of(place)?.Kind is FileKind.Special or FileKind.Directory) return;
        try
        {
            File.Delete(place);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Failure($"Could not remove {what} an earlier run left at \"{target}\"", option, target, null, e);
        }
    }

    /// <summary>Ends the file without putting it in place (unless it was): the temporary file is removed.</summary>
    public void Dispose()
    {
        try
        {
            file.Dispose();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Already reported by Complete, or the file is being abandoned after another failure.
        }

        if (temporary is not null && !moved) File.Delete(temporary);
    }

    private RefusedException WriteFailed(Exception e) => Failed($"Could not write {What} \"{Target}\"", e);

    private RefusedException Failed(string action, Exception e) => Failure(action, Option, Target, temporary, e);

    private static RefusedException Failure(string action, string option, string target, string? temporary, Exception e)
    {
        var reason = (temporary is null ? e.Message : e.Message.Replace(temporary, target)).TrimEnd('.');
        var (said, fix) = e switch
        {
            UnauthorizedAccessException => ($"permission denied ({reason})", $"Choose another {option} path, in a folder you can write to."),
            IOException when IsDiskFull(e) => ($"the disk is full ({reason})", $"Free some disk space, or choose another {option} path on a disk with room."),
            _ => (reason, $"Choose another {option} path."),
        };
        return new RefusedException($"{action}: {said}. {fix}");
    }

    private static bool IsDiskFull(Exception e) => OperatingSystem.IsWindows()
        ? (e.HResult & 0xFFFF) is 0x70 or 0x27 // ERROR_DISK_FULL, ERROR_HANDLE_DISK_FULL
        : e.HResult is 28 or 122; // ENOSPC, EDQUOT (Linux errno, which .NET keeps as the HResult)

    /// <summary>The file's stream as handed to writers: a write failure names the file; disposing only flushes.</summary>
    private sealed class OutputStream(FileStream inner, OutputFile owner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => inner.CanSeek;

        public override bool CanWrite => true;

        public override long Length => inner.Length;

        public override long Position
        {
            get => inner.Position;
            set => inner.Position = value;
        }

        public override void Flush() => Guard(inner.Flush);

        public override Task FlushAsync(CancellationToken cancel) => GuardAsync(() => inner.FlushAsync(cancel));

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

        public override void SetLength(long value) => Guard(() => inner.SetLength(value));

        public override void Write(byte[] buffer, int offset, int count) => Guard(() => inner.Write(buffer, offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            try
            {
                inner.Write(buffer);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw owner.WriteFailed(e);
            }
        }

        public override void WriteByte(byte value) => Guard(() => inner.WriteByte(value));

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancel) =>
            GuardAsync(() => inner.WriteAsync(buffer, offset, count, cancel));

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancel = default) =>
            new(GuardAsync(() => inner.WriteAsync(buffer, cancel).AsTask()));

        protected override void Dispose(bool disposing)
        {
            if (disposing && !owner.completed && inner.CanWrite) Flush();
            base.Dispose(disposing);
        }

        private void Guard(Action action)
        {
            try
            {
                action();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw owner.WriteFailed(e);
            }
        }

        private async Task GuardAsync(Func<Task> action)
        {
            try
            {
                await action();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw owner.WriteFailed(e);
            }
        }
    }
}
