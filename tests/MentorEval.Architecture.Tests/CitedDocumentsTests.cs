using System.Text.RegularExpressions;

namespace MentorEval.Architecture.Tests;

/// <summary>
/// A document a comment (or message) cites is one a reader of the repository can open: every markdown path named in the
/// sources, project files and R scripts exists in the checkout, and a cited heading exists in it. A path is read from the
/// repository root (docs/psychometrics.md) or from the citing file's folder; one that leads outside the repository, such
/// as a guide kept beside it, is refused.
/// </summary>
public sealed partial class CitedDocumentsTests
{
    private static readonly string[] Scanned = ["src", "tests", "benchmarks"];

    private static readonly string[] Extensions = [".cs", ".csproj", ".props", ".R"];

    [Fact]
    public void Every_document_a_source_file_cites_exists_in_the_repository()
    {
        var files = Scanned.SelectMany(folder => Directory.EnumerateFiles(Repository.PathOf(folder), "*", SearchOption.AllDirectories))
            .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.Ordinal) && !IsBuildOutput(f)).ToList();

        var problems = files.SelectMany(f => Problems(File.ReadAllText(f), f)).ToList();

        files.ShouldNotBeEmpty();
        problems.ShouldBeEmpty("Cite documents that are in the repository (docs/…, a README.md), by their path from the repository root.");
    }

    // The samples below spell ".md" apart, so that the scan of this file does not take them for citations.
    private const string Md = ".md";

    [Fact]
    public void A_cited_document_that_is_not_in_the_repository_is_reported_with_the_file_and_line()
    {
        var citing = Repository.PathOf("src", "MentorEval.Core", "Reliability", "Example.cs");

        Problems($"namespace X;\n/// As defined in psychometrics{Md} and docs/missing{Md}.\n", citing).ShouldBe([
            $"src/MentorEval.Core/Reliability/Example.cs:2: cites psychometrics{Md}, which is not in the repository.",
            $"src/MentorEval.Core/Reliability/Example.cs:2: cites docs/missing{Md}, which is not in the repository.",
        ]);
    }

    [Fact]
    public void A_citation_of_a_guide_outside_the_repository_is_refused()
    {
        var citing = Repository.PathOf("tests", "Example.cs");

        Problems($"// See ../shared/guide/psychometrics{Md}#reliability and /work/shared/guide/psychometrics{Md}.\n", citing).ShouldBe([
            $"tests/Example.cs:1: cites ../shared/guide/psychometrics{Md}#reliability, which is outside the repository: move what it says into docs/.",
            $"tests/Example.cs:1: cites /work/shared/guide/psychometrics{Md}, which is outside the repository: move what it says into docs/.",
        ]);
    }

    [Fact]
    public void A_cited_heading_must_be_one_of_the_document_s_headings()
    {
        var citing = Repository.PathOf("tests", "Example.cs");
        var heading = File.ReadLines(Repository.PathOf("docs/architecture.md")).First(l => l.StartsWith("## ", StringComparison.Ordinal));

        Problems($"// docs/architecture{Md}#no-such-heading-here\n", citing)
            .ShouldBe([$"tests/Example.cs:1: cites docs/architecture{Md}#no-such-heading-here, which has no heading \"no-such-heading-here\"."]);
        Problems($"// docs/architecture{Md}#{Slug(heading)}\n", citing).ShouldBeEmpty();
    }

    /// <summary>What is wrong with each markdown path <paramref name="text"/> (the content of <paramref name="file"/>) cites.</summary>
    private static IEnumerable<string> Problems(string text, string file)
    {
        var where = Path.GetRelativePath(Repository.Root, file).Replace('\\', '/');
        foreach (Match cited in CitedDocument().Matches(text))
        {
            var line = text.AsSpan(0, cited.Index).Count('\n') + 1;
            var path = cited.Groups["path"].Value;
            var candidates = new[] { Repository.Root, Path.GetDirectoryName(file)! }.Select(folder => Path.GetFullPath(Path.Combine(folder, path))).ToList();
            var inside = candidates.FirstOrDefault(c => IsInside(c) && File.Exists(c));
            if (inside is null)
            {
                yield return candidates.Any(c => !IsInside(c))
                    ? $"{where}:{line}: cites {cited.Value}, which is outside the repository: move what it says into docs/."
                    : $"{where}:{line}: cites {path}, which is not in the repository.";
                continue;
            }

            var anchor = cited.Groups["anchor"].Value;
            if (anchor.Length > 0 && !File.ReadLines(inside).Where(l => l.StartsWith('#')).Select(Slug).Contains(anchor, StringComparer.Ordinal))
                yield return $"{where}:{line}: cites {cited.Value}, which has no heading \"{anchor}\".";
        }
    }

    private static bool IsInside(string path) =>
        path.StartsWith(Repository.Root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static bool IsBuildOutput(string file)
    {
        var parts = Path.GetRelativePath(Repository.Root, file).Split(Path.DirectorySeparatorChar);
        return parts.Contains("bin") || parts.Contains("obj");
    }

    /// <summary>A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces turned into hyphens.</summary>
    private static string Slug(string heading) =>
        Punctuation().Replace(heading.TrimStart('#').Trim().ToLowerInvariant(), "").Replace(' ', '-');

    // A path ending in .md, with an optional #anchor; not part of a longer path or a URL (nothing of a path just before it).
    [GeneratedRegex(@"(?<![\w./:-])(?<path>/?(?:[\w.-]+/)*[\w-][\w.-]*\.md)(?![\w])(?:#(?<anchor>[\w-]+))?")]
    private static partial Regex CitedDocument();

    [GeneratedRegex(@"[^\w\- ]")]
    private static partial Regex Punctuation();
}
