using System.Text.RegularExpressions;

namespace MentorEval.Architecture.Tests;

/// <summary>Core parses what it is given (texts, streams); reading files and folders is Import's or the application's job.</summary>
public sealed partial class CoreReadsNoFilesTests
{
    [Fact]
    public void No_source_file_of_Core_opens_reads_or_lists_files()
    {
        var core = Repository.PathOf("src", "MentorEval.Core");
        var uses = Directory.EnumerateFiles(core, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetRelativePath(core, f), Line: i + 1, Text: line.Trim())))
            .Where(l => !l.Text.StartsWith("//", StringComparison.Ordinal) && FileIo().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text}").ToList();
        uses.ShouldBeEmpty("Core must not touch the file system; read in MentorEval.Import or MentorEval.Application and hand Core the text.");
    }

    [GeneratedRegex(@"\b(File|Directory|FileInfo|DirectoryInfo)\.[A-Z]\w*\(|new (FileStream|StreamReader|StreamWriter|FileInfo|DirectoryInfo)\(")]
    private static partial Regex FileIo();
}
