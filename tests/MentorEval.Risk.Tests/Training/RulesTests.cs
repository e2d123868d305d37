using MentorEval.Core.Risk;
using MentorEval.Core.Sample;
using MentorEval.Risk.Tests.Support;
using MentorEval.Risk.Training;

namespace MentorEval.Risk.Tests.Training;

/// <summary>A program with no early closures yet cannot teach a model: the documented rules judge it, and say so.</summary>
public sealed class RulesTests
{
    [Fact]
    public void A_program_without_closures_gets_rule_based_flags_with_plain_reasons()
    {
        var program = new GeneratedProgram(new SampleOptions { Pairs = 80, Cohorts = 1, LatestCohortInProgress = true, Seed = 3 });
        var cohort = program.Cohorts[0];
        var point = program.Builder.Point(cohort, "month-3")!;
        var catalog = RiskFeatureCatalog.For([point], program.Builder.Instruments);
        var pairs = program.Builder.Build(point, catalog);
        var history = pairs.Select(p => p with { ClosedEarlyAfter = null }).ToList();

        ClosureRiskTrainer.EarlyClosures(history).ShouldBeLessThan(ClosureRiskRules.MinimumClosuresToLearn);
        Should.Throw<InvalidOperationException>(() => new ClosureRiskTrainer().Train(history, history.Select(_ => 0.0).ToList(), catalog, MentorEval.Risk.Evaluation.ThresholdPolicy.Default, DateTimeOffset.UnixEpoch));

        var risks = ClosureRiskRules.Judge(pairs, catalog, flagShare: 0.2);
        risks.ShouldAllBe(r => r.Method == RiskMethod.Rules && r.Probability == null);
        risks.Count(r => r.Flagged).ShouldBeInRange(1, (int)Math.Ceiling(0.2 * pairs.Count));
        risks.Where(r => r.Flagged).ShouldAllBe(r => r.Reasons.Count > 0);
    }

    [Fact]
    public void Rules_flag_no_more_pairs_than_the_program_can_follow_up_most_concerning_first()
    {
        var program = new GeneratedProgram(new SampleOptions { Pairs = 80, Cohorts = 1, LatestCohortInProgress = true, Seed = 3 });
        var point = program.Builder.Point(program.Cohorts[0], "month-3")!;
        var catalog = RiskFeatureCatalog.For([point], program.Builder.Instruments, everyFeature: true);
        var pairs = program.Builder.Build(point, catalog);

        var risks = ClosureRiskRules.Judge(pairs, catalog, flagShare: 0.1);

        var flagged = risks.Where(r => r.Flagged).ToList();
        flagged.Count.ShouldBeLessThanOrEqualTo((int)Math.Ceiling(0.1 * pairs.Count));
        // Rules fire for more pairs than the program can follow up; only the most concerning are flagged.
        risks.Count(r => r.Reasons.Count > 0).ShouldBeGreaterThan(flagged.Count);
    }

    [Fact]
    public void A_skipped_check_in_reads_as_no_check_in_since_the_last_answered_wave()
    {
        var program = new GeneratedProgram(new SampleOptions { Pairs = 80, Cohorts = 1, Seed = 3 });
        var point = program.Builder.Point(program.Cohorts[0], "month-3")!;
        var catalog = RiskFeatureCatalog.For([point], program.Builder.Instruments);
        var streak = catalog.IndexOf("relationship-checkin.mentee.missed_streak");
        var skipped = program.Builder.Build(point, catalog).First(p => p.Values[streak] == 1);

        ClosureRiskRules.Judge([skipped], catalog, flagShare: 1).Single().Reasons
            .ShouldContain("no mentoring relationship check-in from the mentee since baseline");
    }
}
