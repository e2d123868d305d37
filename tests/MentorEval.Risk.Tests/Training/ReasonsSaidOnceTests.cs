using System.Text.RegularExpressions;
using MentorEval.Core.Risk;
using MentorEval.Core.Sample;
using MentorEval.Risk.Tests.Support;

namespace MentorEval.Risk.Tests.Training;

/// <summary>
/// Issue #12: on generated programs (seeded), no pair's reasons say the same thing twice, and none reads as a feature
/// dump ("mentee-rated …", "0 meetings count", quoted band names).
/// </summary>
public sealed partial class ReasonsSaidOnceTests(EarlyClosureModelTests.TrainedOnEarlierCohorts trained) : IClassFixture<EarlyClosureModelTests.TrainedOnEarlierCohorts>
{
    [Fact]
    public void The_model_s_reasons_of_a_pair_never_repeat_themselves()
    {
        foreach (var risk in trained.Risks) ShouldBeSaidOnce(risk);
        trained.Risks.Where(r => r.Flagged).ShouldAllBe(r => r.Reasons.Count > 0);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(11)]
    public void The_rules_reasons_of_a_pair_never_repeat_themselves(int seed)
    {
        var program = new GeneratedProgram(new SampleOptions { Pairs = 120, Cohorts = 1, LatestCohortInProgress = true, Seed = seed });
        var point = program.Builder.Point(program.Cohorts[0], "month-3")!;
        var catalog = RiskFeatureCatalog.For([point], program.Builder.Instruments, everyFeature: true);

        var risks = ClosureRiskRules.Judge(program.Builder.Build(point, catalog), catalog, flagShare: 1);

        risks.Sum(r => r.Reasons.Count).ShouldBeGreaterThan(100);
        foreach (var risk in risks) ShouldBeSaidOnce(risk);
    }

    private static void ShouldBeSaidOnce(ClosureRisk risk)
    {
        risk.Reasons.Distinct().Count().ShouldBe(risk.Reasons.Count, $"pair {risk.PairId}: {string.Join(" | ", risk.Reasons)}");
        foreach (var reason in risk.Reasons)
        {
            reason.ShouldNotContain("-rated ", customMessage: reason);
            reason.ShouldNotContain(" '", customMessage: reason); // a quoted band name
            reason.ShouldNotContain(" count", customMessage: reason);
            reason.ShouldNotMatch(@"reported 0 ", reason);
        }

        // Two band statements by one side at one wave of one instrument are one sentence naming every scale.
        var bands = risk.Reasons.Select(r => Band().Match(r)).Where(m => m.Success).Select(m => m.Groups["who"].Value + m.Groups["where"].Value).ToList();
        bands.Distinct().Count().ShouldBe(bands.Count, $"pair {risk.PairId}: {string.Join(" | ", risk.Reasons)}");
        // A side's silence is said once per instrument (not again as missed waves or a skipped check-in).
        var silences = risk.Reasons.Select(r => Silence().Match(r)).Where(m => m.Success).Select(m => m.Groups["what"].Value + m.Groups["who"].Value).ToList();
        silences.Distinct().Count().ShouldBe(silences.Count, $"pair {risk.PairId}: {string.Join(" | ", risk.Reasons)}");
    }

    [GeneratedRegex(@"^(?<who>the (mentor|mentee) rated ).* (?<where>in the [^,]+ band at .*)$")]
    private static partial Regex Band();

    [GeneratedRegex(@"^no (?<what>.+) from the (?<who>mentor|mentee) since")]
    private static partial Regex Silence();
}
