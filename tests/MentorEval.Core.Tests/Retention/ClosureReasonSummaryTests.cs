using MentorEval.Core.Retention;

namespace MentorEval.Core.Tests.Retention;

/// <summary>Issue #18: early closures by reason family, overall, by cohort and by the month of the match they ended in.</summary>
public sealed class ClosureReasonSummaryTests
{
    private static readonly ClosureReasonTable Table = new(new Dictionary<string, ClosureReasonFamily>
    {
        ["Mismatch"] = ClosureReasonFamily.RelationshipOrMismatch,
        ["personality clash"] = ClosureReasonFamily.RelationshipOrMismatch,
        ["conflict"] = ClosureReasonFamily.RelationshipOrMismatch,
        ["new job"] = ClosureReasonFamily.MentorTimeOrLifeChange,
        ["mentee's health"] = ClosureReasonFamily.MenteeTimeOrLifeChange,
        ["unknown"] = ClosureReasonFamily.Unknown,
    });

    private static RetentionReport Report() =>
        RetentionAnalysis.Analyse(new RetentionRequest(RReference.Roster("handmade").Roster, RReference.AnalysisDate("handmade")) { Reasons = Table });

    [Fact]
    public void Each_early_closure_is_counted_once_in_its_family_and_the_unmapped_reasons_are_listed_with_counts()
    {
        var reasons = Report().Reasons;

        // 13 early closures (H10 ended after its planned end: not early). Relationship: H03 H04 H13 H14; mentor: H07;
        // mentee: H23; unknown: H08 (blank) and H21; unmapped: lack of time ×2, moved ×2, family reasons.
        reasons.Overall.Select(r => (r.Family, r.Closures)).ShouldBe([
            (ClosureReasonFamily.MentorTimeOrLifeChange, 1), (ClosureReasonFamily.MenteeTimeOrLifeChange, 1),
            (ClosureReasonFamily.RelationshipOrMismatch, 4), (ClosureReasonFamily.Unknown, 2), ((ClosureReasonFamily?)null, 5)]);
        reasons.Overall.Sum(r => r.Share).ShouldBe(1, 1e-12);
        reasons.Overall.Single(r => r.Family == ClosureReasonFamily.RelationshipOrMismatch).Share.ShouldBe(4 / 13.0, 1e-12);
        reasons.Unmapped.ShouldBe([("lack of time", 2), ("moved", 2), ("family reasons", 1)]);
    }

    [Fact]
    public void Counts_by_cohort_and_by_month_ended_add_up_to_the_closures_of_each_slice()
    {
        var reasons = Report().Reasons;

        reasons.ByGroup.GroupBy(r => r.Group).Select(g => (g.Key, g.Sum(r => r.Closures))).ShouldBe([("2025-fall", 6), ("2025-spring", 7)]);
        // Month 1 (days 0–30): H13–H15 ended on day 30; month 2: H01, H02 on day 45.
        var first = reasons.ByMonthEnded.Where(r => r.MonthEnded == 1).ToList();
        first.Select(r => (r.Family, r.Closures)).ShouldBe([(ClosureReasonFamily.RelationshipOrMismatch, 2), ((ClosureReasonFamily?)null, 1)]);
        first.Sum(r => r.Share).ShouldBe(1, 1e-12);
        reasons.ByMonthEnded.Where(r => r.MonthEnded == 2).Sum(r => r.Closures).ShouldBe(2);
    }
}
