using MentorEval.Core.Pairs;
using MentorEval.Core.Retention;
using MentorEval.Core.Sample;
using MentorEval.Core.Tests.Support;

namespace MentorEval.Core.Tests.Sample;

/// <summary>Issue #18: the sample program's pairs close early as real matches do, most in the first months, for reasons of the documented families.</summary>
public sealed class SampleClosureTimingTests
{
    private static readonly Lazy<SampleProgram> Program = new(() =>
        new SampleProgramGenerator(ShippedInstruments.Library.Instruments.ToList()).Generate(new SampleOptions { Pairs = 600, Seed = 7, LatestCohortInProgress = false }));

    [Fact]
    public void More_than_half_of_early_closures_come_in_the_first_three_months()
    {
        // Seed 7: about 55% of 195; 131 of 212 (62%) before the demo was tuned to the published rate; before issue #18 the
        // hazard did not depend on time: 81 of 185 (44%).
        var closed = Program.Value.Roster.Where(p => p.Status == PairStatus.ClosedEarly).ToList();
        var firstQuarter = closed.Count(p => MatchTime.Months(p.StartDate, p.EndDate!.Value) < 3);

        ((double)firstQuarter / closed.Count).ShouldBeGreaterThan(0.5);
        // Over the nine planned months, about a third of pairs close early (the published 30–38%).
        ((double)closed.Count / Program.Value.Roster.Count).ShouldBeInRange(0.28, 0.45);
    }

    [Fact]
    public void Every_closure_reason_is_one_the_shipped_table_maps_or_a_few_the_program_has_not_mapped_yet()
    {
        var table = new ClosureReasonTable(File.ReadAllLines(Path.Combine(Repository.Root, "retention", "closure-reasons.csv")).Skip(1)
            .Select(line => line.Split(',')).Select(cells => KeyValuePair.Create(cells[0], ClosureReasonText.Parse(cells[1])!.Value)));
        var reasons = Program.Value.Roster.Where(p => p.Status == PairStatus.ClosedEarly).Select(p => p.ClosureReason).ToList();

        var families = reasons.Select(table.Family).ToList();
        families.Count(f => f is null).ShouldBeLessThan(reasons.Count / 10);
        families.ShouldContain(ClosureReasonFamily.MentorTimeOrLifeChange);
        families.ShouldContain(ClosureReasonFamily.MenteeTimeOrLifeChange);
        families.ShouldContain(ClosureReasonFamily.ProgramOrStructural);
        families.Count(f => f == ClosureReasonFamily.RelationshipOrMismatch).ShouldBeGreaterThan(reasons.Count / 4);
        // Mentors' circumstances are cited more often than mentees' (about twice as often in the literature).
        families.Count(f => f == ClosureReasonFamily.MentorTimeOrLifeChange).ShouldBeGreaterThan(families.Count(f => f == ClosureReasonFamily.MenteeTimeOrLifeChange));
    }
}
