namespace MentorEval.Application.Files;

/// <summary>
/// A path with every symbolic link along it followed, so that <c>./x</c>, <c>x</c>, an absolute path and a link all
/// come out the same. The part of the path that does not exist yet is kept as written.
/// </summary>
internal static class RealPath
{
    // As many links as Linux itself follows before giving up on a path (a loop of links ends here too).
    private const int MostLinksFollowed = 40;

    public static readonly StringComparer Comparer =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    /// <param name="path">An absolute path.</param>
    public static string Of(string path)
    {
        var full = Path.GetFullPath(path);
        for (var followed = 0; followed < MostLinksFollowed; followed++)
        {
            var root = Path.GetPathRoot(full)!;
            var parts = full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
            var current = root;
            string? relinked = null;
            for (var i = 0; i < parts.Length && relinked is null; i++)
            {
                var next = Path.Combine(current, parts[i]);
                if (new FileInfo(next).LinkTarget is { } target)
                    relinked = Path.GetFullPath(Path.Combine([Path.GetFullPath(target, current), .. parts[(i + 1)..]]));
                else current = next;
            }

            if (relinked is null) return current;
            full = relinked;
        }

        return full;
    }
}
