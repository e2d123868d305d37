using System.Text.RegularExpressions;

namespace MentorEval.Reporting.Content;

/// <summary>
/// A risk reason without its pair's own figures ("disagree on engagement by 0.8 points (the mentor rates it higher)" →
/// "disagree on engagement by … points"), so that reasons of the same kind are counted together.
/// </summary>
public static partial class ReasonKind
{
    public static string Of(string reason) => Number().Replace(Aside().Replace(reason, ""), "…");

    [GeneratedRegex(@"\s*\([^)]*\)")]
    private static partial Regex Aside();

    // A figure, not part of a name: the 3 of "month-3" names the wave and stays.
    [GeneratedRegex(@"(?<![\w-])\d+(\.\d+)?")]
    private static partial Regex Number();
}
