namespace MentorEval.Core.Retention;

/// <summary>Computes a <see cref="RetentionReport"/>; every figure is checked against R's survival package in the tests.</summary>
public static class RetentionAnalysis
{
    public static RetentionReport Analyse(RetentionRequest request)
    {
        var roster = request.Cohort is { } cohort ? request.Roster.Where(p => p.Cohort == cohort).ToList() : request.Roster;
        var (spells, excluded) = MatchSpells.From(roster, request.AnalysisDate, request.GroupBy);
        var groups = spells.GroupBy(s => s.Group, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => RetentionGroup.Of(g.Key, g.ToList())).ToList();
        var overall = RetentionGroup.Of("all pairs", spells);
        var cox = request.Covariates.Names.Count == 0
            ? null
            : CoxModel.Fit(spells.Select(s => new CoxObservation(s.PairId, s.Months, s.ClosedEarly,
                request.Covariates.ByPair.TryGetValue(s.PairId, out var x) ? x : Missing(request.Covariates.Names.Count))).ToList(), request.Covariates.Names);
        var closedIds = spells.Where(s => s.ClosedEarly).Select(s => s.PairId).ToHashSet(StringComparer.Ordinal);
        var closed = roster.Where(p => closedIds.Contains(p.PairId)).ToList();
        return new RetentionReport(request.AnalysisDate, request.GroupName, overall, groups, LogRankTest.Compare(spells), cox,
            request.Covariates.DisplayNames, ClosureReasonSummary.Of(closed, request.Reasons, request.GroupBy), excluded);
    }

    private static double[] Missing(int count) => Enumerable.Repeat(double.NaN, count).ToArray();
}
