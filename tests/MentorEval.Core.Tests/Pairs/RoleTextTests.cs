using System.Text.RegularExpressions;
using MentorEval.Core.Instruments;
using MentorEval.Core.Pairs;
using MentorEval.Core.Tests.Support;

namespace MentorEval.Core.Tests.Pairs;

/// <summary>Issue #12: a role is a <see cref="Role"/> wherever one is meant, with one text conversion both ways.</summary>
public sealed class RoleTextTests
{
    [Theory]
    [InlineData(Role.Mentor)]
    [InlineData(Role.Mentee)]
    public void A_role_reads_back_from_its_name(Role role) => RoleText.Parse(role.Name()).ShouldBe(role);

    [Theory]
    [InlineData(" Mentor ", Role.Mentor)]
    [InlineData("MENTEE", Role.Mentee)]
    [InlineData("mentors", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void A_role_is_read_trimmed_and_ignoring_case_and_anything_else_is_no_role(string? text, Role? role) => RoleText.Parse(text).ShouldBe(role);

    [Fact]
    public void An_instruments_roles_are_read_as_roles_and_an_unknown_one_is_named_where_it_is()
    {
        const string Definition = """
            { "id": "pulse", "version": "1.0.0", "title": "Pulse", "citation": "ours", "roles": [ROLES],
              "responseScales": [ { "id": "five", "min": 1, "max": 5 } ],
              "items": [ { "id": "q1", "text": "Q1", "responseScale": "five" } ],
              "scales": [ { "id": "s", "title": "S", "items": ["q1"] } ] }
            """;

        InstrumentDefinition.Parse(Definition.Replace("ROLES", "\"mentee\", \"mentor\""), "pulse.json").Instrument!.Roles.ShouldBe([Role.Mentee, Role.Mentor]);
        var error = InstrumentDefinition.Parse(Definition.Replace("ROLES", "\"mentee\", \"coach\""), "pulse.json").Errors.ShouldHaveSingleItem();
        (error.Column, error.Message).ShouldBe(("$.roles[1]", "Unknown role \"coach\"; use \"mentor\" or \"mentee\"."));
    }

    [Fact]
    public void No_source_file_spells_out_the_role_names_itself()
    {
        var src = Path.Combine(Repository.Root, "src");
        var copies = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && Path.GetFileName(f) != "Role.cs")
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetRelativePath(src, f), Line: i + 1, Text: line)))
            .Where(l => Regex.IsMatch(l.Text, @"Role\.Ment(or|ee) \? ""ment(or|ee)""|""mentor"" : ""mentee""|[Rr]ole\w*(\.Value)?\.ToString\(\)|Enum\.Parse<Role>"))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}").ToList();

        copies.ShouldBeEmpty();
    }
}
