using MentorEval.Core.Instruments;
using MentorEval.Core.Pairs;
using MentorEval.Core.Scoring;
using MentorEval.Core.Statistics;

namespace MentorEval.Core.Analysis;

/// <summary>
/// The standard evaluation of one cohort from stored responses: scale summaries by wave and role with response rates,
/// change from an earlier wave, comparison with other cohorts, and mentor–mentee agreement. Every group statistic goes
/// through the small-cell rule, so a group smaller than the minimum is never shown as a number.
/// </summary>
public static class CohortAnalysis
{
    private static readonly Role[] Roles = [Role.Mentor, Role.Mentee];

    public static CohortReport Run(AnalysisRequest request)
    {
        var rule = new SmallCellRule(request.MinimumCell);
        var pairs = request.Roster.Where(p => p.Cohort == request.Cohort).ToList();
        var ours = request.Instruments
            .Select(i => new InstrumentResponses(i.Instrument, i.Responses.Where(r => r.Cohort == request.Cohort).ToList()))
            .Where(i => i.Responses.Count > 0).ToList();
        var waves = WaveOrder(ours.SelectMany(i => i.Responses));
        var wave = request.Wave ?? waves.LastOrDefault();
        var compareWave = request.CompareWave ?? (waves.Count > 1 && waves[0] != wave ? waves[0] : null);
        var everyAnswer = ours.SelectMany(i => i.Responses).ToList();
        var waveStarts = waves.ToDictionary(w => w, w => ExpectedResponses.WaveStart(everyAnswer, w));

        // Instruments are independent: each is analysed on its own core, and the rows kept in instrument order.
        var parts = ours.AsParallel().AsOrdered()
            .Select(data => Analyse(request, rule, pairs, waves, waveStarts, data))
            .ToList();
        var groups = parts.SelectMany(p => p.Groups).ToList();
        var changes = parts.SelectMany(p => p.Changes).ToList();
        var comparisons = parts.SelectMany(p => p.Comparisons).ToList();
        var dyads = parts.SelectMany(p => p.Dyads).ToList();
        return new CohortReport(request.Cohort, pairs.Count, waves, wave, compareWave, request.MinimumCell, groups, changes, comparisons, dyads);
    }

    private sealed record InstrumentAnalysis(List<ScaleGroupRow> Groups, List<ChangeRow> Changes, List<CohortComparisonRow> Comparisons, List<DyadRow> Dyads);

    private static InstrumentAnalysis Analyse(AnalysisRequest request, SmallCellRule rule, IReadOnlyList<RosterEntry> pairs, IReadOnlyList<string> waves,
        IReadOnlyDictionary<string, DateTimeOffset> waveStarts, InstrumentResponses data)
    {
        var groups = new List<ScaleGroupRow>();
        var changes = new List<ChangeRow>();
        var comparisons = new List<CohortComparisonRow>();
        var dyads = new List<DyadRow>();
        var instrument = data.Instrument;
        var scorers = instrument.Scales.Select(s => new ScaleScorer(instrument, s)).ToList();
        var roles = Roles.Where(instrument.Roles.Contains).ToList();
        foreach (var w in waves.Where(w => data.Responses.Any(r => r.Wave == w)))
        {
            var expectedPairs = ExpectedResponses.Pairs(pairs, waveStarts.GetValueOrDefault(w));
            var expected = expectedPairs.Count;
            foreach (var role in roles)
            {
                var answered = data.Responses.Where(r => r.Wave == w && r.Role == role).ToList();
                var responding = ExpectedResponses.Responding(answered, expectedPairs, pairs.Count > 0);
                foreach (var scorer in scorers)
                    groups.Add(Group(rule, instrument, scorer, w, role, answered, responding, expected));
            }
        }

        // Unless a wave is asked for, each instrument is read at its own latest wave and compared with its own first:
        // a competency survey given at baseline and end still shows change when the last wave was only a check-in.
        var given = waves.Where(w => data.Responses.Any(r => r.Wave == w)).ToList();
        var focal = request.Wave ?? given.LastOrDefault();
        var from = request.CompareWave ?? (given.Count > 1 && given[0] != focal ? given[0] : null);
        foreach (var scorer in scorers)
        {
            foreach (var role in roles)
            {
                if (from is not null && focal is not null && from != focal)
                    changes.Add(Change(rule, instrument, scorer, role, data.Responses, from, focal));
                if (focal is not null)
                {
                    var everyone = request.Instruments.First(i => i.Instrument.Id == instrument.Id).Responses;
                    if (Comparison(rule, instrument, scorer, role, everyone, request.Cohort, focal) is { } comparison) comparisons.Add(comparison);
                }
            }

            if (focal is not null && roles.Count == 2) dyads.Add(Dyad(rule, instrument, scorer, data.Responses, focal));
        }

        return new InstrumentAnalysis(groups, changes, comparisons, dyads);
    }

    private static ScaleGroupRow Group(SmallCellRule rule, Instrument instrument, ScaleScorer scorer, string wave, Role role,
        IReadOnlyList<AnalysisResponse> answered, int responding, int expected)
    {
        var scores = answered.Select(r => scorer.Score(r.Values)).ToList();
        var people = answered.Where((_, i) => !double.IsNaN(scores[i])).Select(r => r.RespondentId).Distinct(StringComparer.Ordinal).Count();
        var summary = rule.Apply(GroupSummary.Describe(scores), people);
        var rate = ExpectedResponses.Rate(responding, expected);
        if (!summary.TryGetValue(out var s))
            return new ScaleGroupRow(instrument.Id, scorer.Scale.Id, wave, role, true, null, null, expected, null, null, null, null, null, null, null, null, []);

        var bands = scorer.Scale.Bands.Count == 0
            ? []
            : GroupSummary.ShareByBand(scores, scorer.Scale.Bands.Select(b => b.UpTo).ToList()).Bands
                .Select((b, i) => new BandShareRow(scorer.Scale.Bands[i].Label, scorer.Scale.Bands[i].Concern, b.Share)).ToList();
        return new ScaleGroupRow(instrument.Id, scorer.Scale.Id, wave, role, false, responding, s.N, expected, rate,
            s.Mean, s.Sd, s.Median, s.Q1, s.Q3, s.MeanCi?.Lower, s.MeanCi?.Upper, bands);
    }

    private static ChangeRow Change(SmallCellRule rule, Instrument instrument, ScaleScorer scorer, Role role,
        IReadOnlyList<AnalysisResponse> responses, string from, string to)
    {
        var before = ScoresByPerson(scorer, responses, from, role);
        var after = ScoresByPerson(scorer, responses, to, role);
        var both = before.Keys.Where(after.ContainsKey).OrderBy(k => k.RespondentId, StringComparer.Ordinal).ThenBy(k => k.PairId, StringComparer.Ordinal).ToList();
        var change = rule.Apply(ChangeAnalysis.Paired(both.Select(k => before[k]).ToList(), both.Select(k => after[k]).ToList()),
            people: both.Select(k => k.RespondentId).Distinct(StringComparer.Ordinal).Count());
        if (!change.TryGetValue(out var c))
            return new ChangeRow(instrument.Id, scorer.Scale.Id, role, from, to, true, null, null, null, null, null, null, null, null, null, null, null, null);
        return new ChangeRow(instrument.Id, scorer.Scale.Id, role, from, to, false, c.NPaired, c.MeanPre, c.MeanPost, c.MeanChange,
            c.SdChange, c.PairedT?.T, c.PairedT?.Df, c.PairedT?.P, c.CohensDz, c.SignedRank?.V, c.SignedRank?.P,
            c.SignedRank is { } w ? (w.Method == SignedRankMethod.Exact ? "exact" : "normal approximation") : null);
    }

    private static CohortComparisonRow? Comparison(SmallCellRule rule, Instrument instrument, ScaleScorer scorer, Role role,
        IReadOnlyList<AnalysisResponse> everyone, string cohort, string wave)
    {
        var byCohort = everyone.Where(r => r.Wave == wave && r.Role == role && r.Cohort is not null)
            .GroupBy(r => r.Cohort!).OrderBy(g => g.Key == cohort ? 0 : 1).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Cohort: g.Key, Scores: (IReadOnlyList<double>)g.Select(r => scorer.Score(r.Values)).ToList(),
                // The rule counts people: a mentor with two mentees answers once per pair but is one respondent.
                People: g.Where(r => !double.IsNaN(scorer.Score(r.Values))).Select(r => r.RespondentId).Distinct(StringComparer.Ordinal).Count())).ToList();
        if (byCohort.Count < 2 || byCohort[0].Cohort != cohort) return null;

        var others = byCohort.Skip(1).SelectMany(c => c.Scores).ToList();
        var versusOthers = GroupComparison.TwoGroups(byCohort[0].Scores, others);
        var suppressed = byCohort.Any(c => c.People < rule.MinimumN);
        var groups = byCohort.Select(c =>
        {
            var s = GroupSummary.Describe(c.Scores);
            return suppressed ? new CohortGroup(c.Cohort, null, null, null) : new CohortGroup(c.Cohort, s.N, s.Mean, s.Sd);
        }).ToList();
        if (suppressed)
            return new CohortComparisonRow(instrument.Id, scorer.Scale.Id, role, wave, true, groups, "", null, null, null, null, null);
        if (byCohort.Count == 2)
        {
            var t = versusOthers.WelchT;
            return new CohortComparisonRow(instrument.Id, scorer.Scale.Id, role, wave, false, groups, "Welch t",
                t?.T, t?.Df, null, t?.P, versusOthers.HedgesG);
        }

        var anova = GroupComparison.OneWay(byCohort.Select(c => c.Scores).ToList()).WelchAnova;
        return new CohortComparisonRow(instrument.Id, scorer.Scale.Id, role, wave, false, groups, "Welch ANOVA",
            anova?.F, anova?.Df1, anova?.Df2, anova?.P, versusOthers.HedgesG);
    }

    private static DyadRow Dyad(SmallCellRule rule, Instrument instrument, ScaleScorer scorer, IReadOnlyList<AnalysisResponse> responses, string wave)
    {
        var mentor = ScoresByPair(scorer, responses, wave, Role.Mentor);
        var mentee = ScoresByPair(scorer, responses, wave, Role.Mentee);
        var pairs = mentor.Keys.Where(mentee.ContainsKey).Where(p => !double.IsNaN(mentor[p]) && !double.IsNaN(mentee[p]))
            .OrderBy(p => p, StringComparer.Ordinal).ToList();
        var dyads = rule.Apply(DyadAnalysis.Compare(pairs.Select(p => mentor[p]).ToList(), pairs.Select(p => mentee[p]).ToList()));
        if (!dyads.TryGetValue(out var d))
            return new DyadRow(instrument.Id, scorer.Scale.Id, wave, true, null, null, null, null, null, null, null, null, null, null, []);
        return new DyadRow(instrument.Id, scorer.Scale.Id, wave, false, d.NPairs, d.MeanMentor, d.MeanMentee, d.MeanGap, d.MeanAbsoluteGap,
            d.PairedT?.T, d.PairedT?.P, d.Correlation?.R, d.Icc2?.Value, d.Icc3?.Value,
            pairs.Select(p => new PairGapRow(p, mentor[p], mentee[p], mentor[p] - mentee[p])).ToList());
    }

    private static Dictionary<(string RespondentId, string? PairId), double> ScoresByPerson(ScaleScorer scorer,
        IEnumerable<AnalysisResponse> responses, string wave, Role role) =>
        responses.Where(r => r.Wave == wave && r.Role == role)
            .GroupBy(r => (r.RespondentId, r.PairId))
            .Select(g => (g.Key, Score: scorer.Score(g.First().Values)))
            .Where(x => !double.IsNaN(x.Score))
            .ToDictionary(x => x.Key, x => x.Score);

    private static Dictionary<string, double> ScoresByPair(ScaleScorer scorer, IEnumerable<AnalysisResponse> responses, string wave, Role role) =>
        responses.Where(r => r.Wave == wave && r.Role == role && r.PairId is not null)
            .GroupBy(r => r.PairId!)
            .ToDictionary(g => g.Key, g => scorer.Score(g.First().Values));

    /// <summary>Waves in the order they were held: by the median submission time, then by name.</summary>
    public static IReadOnlyList<string> WaveOrder(IEnumerable<AnalysisResponse> responses) =>
        responses.GroupBy(r => r.Wave)
            .Select(g =>
            {
                var times = g.Where(r => r.SubmittedAt is not null).Select(r => r.SubmittedAt!.Value.UtcTicks).Order().ToList();
                return (Wave: g.Key, Median: times.Count == 0 ? long.MaxValue : times[times.Count / 2]);
            })
            .OrderBy(x => x.Median).ThenBy(x => x.Wave, StringComparer.Ordinal)
            .Select(x => x.Wave).ToList();

}
