using System.Text;
using MentorEval.Core.Retention;
using MentorEval.Import.Exports;
using MentorEval.Import.Retention;

namespace MentorEval.Import.Tests.Retention;

/// <summary>Issue #18: a program maps its own closure reasons to the documented families in a table it edits.</summary>
public sealed class ClosureReasonReaderTests
{
    private static ClosureReasonFile Read(string text)
    {
        using var source = CsvSource.Open(new MemoryStream(Encoding.UTF8.GetBytes(text)), "closure-reasons.csv");
        return ClosureReasonReader.Read(source, "closure-reasons.csv");
    }

    [Fact]
    public void The_shipped_table_reads_without_problems_and_maps_each_family()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "MentorEval.sln"))) root = Path.GetDirectoryName(root)!;

        var file = ClosureReasonReader.Read(Path.Combine(root, "retention", ClosureReasonReader.DefaultFile));

        file.Problems.ShouldBeEmpty();
        file.Table.Family("Mentor: lack of time").ShouldBe(ClosureReasonFamily.MentorTimeOrLifeChange);
        file.Table.Family("mentee:  moved ").ShouldBe(ClosureReasonFamily.MenteeTimeOrLifeChange);
        file.Table.Family("Personality clash").ShouldBe(ClosureReasonFamily.RelationshipOrMismatch);
        file.Table.Family("program ended").ShouldBe(ClosureReasonFamily.ProgramOrStructural);
        file.Table.Family("").ShouldBe(ClosureReasonFamily.Unknown);
        file.Table.Family("went to the moon").ShouldBeNull();
    }

    [Fact]
    public void An_unknown_family_and_a_reason_mapped_twice_are_reported_with_row_column_and_fix()
    {
        var file = Read("reason,family\nmoved,mentee_time_or_life\nclash,relationshp\nMoved,program\n");

        file.IsValid.ShouldBeFalse();
        file.Problems.Select(p => p.ToString()).ShouldBe([
            "closure-reasons.csv, row 3, column family: \"relationshp\" is not a family; write one of mentor_time_or_life, mentee_time_or_life, relationship, program, unknown",
            "closure-reasons.csv, row 4, column reason: \"moved\" is already mapped to mentee_time_or_life in row 2; keep one of the two rows",
        ]);
    }

    [Fact]
    public void A_table_without_the_two_columns_is_refused_naming_them()
    {
        var file = Read("text,group\nmoved,program\n");

        file.Problems.ShouldHaveSingleItem().ToString().ShouldBe("closure-reasons.csv, row 1, column reason: The header must name the columns reason and family (reason,family).");
    }
}
