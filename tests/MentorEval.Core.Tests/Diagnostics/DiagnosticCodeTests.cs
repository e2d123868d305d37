using System.Reflection;
using MentorEval.Core.Diagnostics;
using MentorEval.Core.Tests.Support;

namespace MentorEval.Core.Tests.Diagnostics;

/// <summary>Codes are a contract: each is unique, shaped alike, and documented in docs/diagnostics.md.</summary>
public sealed class DiagnosticCodeTests
{
    private static readonly List<string> Codes = typeof(DiagnosticCodes).GetNestedTypes()
        .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static)).Select(f => (string)f.GetRawConstantValue()!).ToList();

    [Fact]
    public void Every_code_is_unique_and_reads_as_area_dot_kind()
    {
        Codes.Count.ShouldBeGreaterThan(40);
        Codes.ShouldBeUnique();
        Codes.ShouldAllBe(code => System.Text.RegularExpressions.Regex.IsMatch(code, @"^[a-z]+\.[a-z]+(-[a-z]+)*$"));
    }

    [Fact]
    public void Every_code_is_listed_in_the_diagnostics_document()
    {
        var document = File.ReadAllText(Path.Combine(Repository.Root, "docs/diagnostics.md"));

        Codes.Where(code => !document.Contains($"`{code}`", StringComparison.Ordinal)).ShouldBeEmpty();
    }
}
