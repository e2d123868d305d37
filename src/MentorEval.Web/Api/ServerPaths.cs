using System.Text.RegularExpressions;

namespace MentorEval.Web.Api;

/// <summary>
/// Where the server keeps its files is nobody's business on a page: a use case's sentence written for the terminal
/// (which names the model file, say) is shown without the quoted paths it holds.
/// </summary>
public static partial class ServerPaths
{
    public static string Hide(string text) => QuotedPath().Replace(AtPath().Replace(text, ""), "the server's file");

    /// <summary>" at "/srv/mentoreval/x.json"", said after what is there.</summary>
    [GeneratedRegex("""\s+at\s+"(?:/|[A-Za-z]:\\)[^"]*"(?=[\s.,:;)]|$)""")]
    private static partial Regex AtPath();

    [GeneratedRegex(@"""(?:/|[A-Za-z]:\\)[^""]*""")]
    private static partial Regex QuotedPath();
}
