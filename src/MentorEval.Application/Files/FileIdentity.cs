using System.Runtime.InteropServices;

namespace MentorEval.Application.Files;

/// <summary>
/// Which file a path names on disk (device and inode) and what kind of file it is, read with Linux's <c>statx</c>, whose
/// layout is the same on every architecture. Two paths with the same identity are the same file however they are
/// spelled, including hard links. Elsewhere, or on a C library without statx, the identity is unknown (null) and only
/// the paths themselves are compared.
/// </summary>
internal readonly record struct FileIdentity(ulong DeviceMajor, ulong DeviceMinor, ulong Inode, FileKind Kind)
{
    private const int AtCurrentDirectory = -100;
    private const uint WantTypeAndInode = 0x1 | 0x100;

    public bool SameFileAs(FileIdentity other) =>
        (DeviceMajor, DeviceMinor, Inode) == (other.DeviceMajor, other.DeviceMinor, other.Inode);

    /// <summary>The identity of the file at <paramref name="path"/> (links followed), or null when it does not exist or cannot be told.</summary>
    public static FileIdentity? Of(string path)
    {
        if (!OperatingSystem.IsLinux()) return null;
        var buffer = new byte[256];
        try
        {
            if (statx(AtCurrentDirectory, path, 0, WantTypeAndInode, buffer) != 0) return null;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return null;
        }

        var mode = BitConverter.ToUInt16(buffer, 28);
        var kind = (mode & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            _ => FileKind.Special,
        };
        return new FileIdentity(BitConverter.ToUInt32(buffer, 136), BitConverter.ToUInt32(buffer, 140),
            BitConverter.ToUInt64(buffer, 32), kind);
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);
}
