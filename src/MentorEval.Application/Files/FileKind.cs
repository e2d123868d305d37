namespace MentorEval.Application.Files;

/// <summary>What kind of file a path names, as far as writing to it goes.</summary>
internal enum FileKind
{
    Regular,
    Directory,

    /// <summary>A device (/dev/null, /dev/full), a pipe or a socket: written straight to, never replaced.</summary>
    Special,
}
