using MentorEval.Core.Analysis;
using MentorEval.Core.Pairs;
using MentorEval.Core.Risk;
using MentorEval.Core.Sample;
using MentorEval.Risk.Tests.Support;

namespace MentorEval.Risk.Tests.Features;

/// <summary>Features at a prediction point use only what was known then: later waves and the outcome itself cannot change them.</summary>
public sealed class LeakageTests
{
    private static readonly GeneratedProgram Program = new(new SampleOptions { Pairs = 90, Cohorts = 1, LatestCohortInProgress = false, Seed = 11 });

    [Theory]
    [InlineData("baseline")]
    [InlineData("month-3")]
    public void Features_do_not_change_when_later_waves_and_outcomes_are_rewritten(string wave)
    {
        var cohort = Program.Cohorts[0];
        var point = Program.Builder.Point(cohort, wave)!;
        var catalog = RiskFeatureCatalog.For(Program.Builder.TrainingPoints(cohort), Program.Builder.Instruments);
        var before = Program.Builder.Build(point, catalog);

        // Everything after the point is scrambled: later answers become 1s and every pair is marked completed.
        var order = Program.Builder.Waves(cohort);
        var later = order.Skip(point.WaveIndex + 1).ToHashSet();
        var responses = SampleResponses.Of(Program.Program, GeneratedProgram.Instruments)
            .Select(i => new InstrumentResponses(i.Instrument, i.Responses
                .Select(r => later.Contains(r.Wave) ? r with { Values = r.Values.Select(_ => 1.0).ToArray() } : r).ToList()))
            .ToList();
        var roster = Program.Program.Roster.Select(p => p.EndDate is { } end && end > DateOnly.FromDateTime(point.AsOf!.Value.UtcDateTime)
            ? p with { Status = PairStatus.Completed, EndDate = p.PlannedEndDate, ClosureReason = null }
            : p).ToList();
        var after = new RiskFeatureBuilder(roster, responses).Build(point, catalog);

        after.Select(p => p.PairId).ShouldBe(before.Select(p => p.PairId));
        for (var i = 0; i < before.Count; i++)
            after[i].Values.ShouldBe(before[i].Values, $"pair {before[i].PairId}");
    }

    [Fact]
    public void Pairs_that_ended_before_the_point_are_not_predicted_and_later_closures_are_the_label()
    {
        var cohort = Program.Cohorts[0];
        var point = Program.Builder.Point(cohort, "month-3")!;
        var day = DateOnly.FromDateTime(point.AsOf!.Value.UtcDateTime);
        var rows = Program.Builder.Build(point, RiskFeatureCatalog.For([point], Program.Builder.Instruments));
        var roster = Program.Program.Roster.ToDictionary(p => p.PairId);

        rows.ShouldAllBe(r => roster[r.PairId].EndDate == null || roster[r.PairId].EndDate > day);
        rows.Where(r => r.ClosedEarlyAfter == true).ShouldAllBe(r => roster[r.PairId].Status == PairStatus.ClosedEarly);
        rows.Count.ShouldBeLessThan(roster.Values.Count(p => p.Cohort == cohort));
    }
}
