using MentorEval.Core.Analysis;
using MentorEval.Core.Instruments;
using MentorEval.Core.Pairs;
using MentorEval.Core.Scoring;

namespace MentorEval.Core.Risk;

/// <summary>
/// Builds each pair's risk features at a prediction point from what was known then: responses to waves up to the
/// point, submitted by its date, and roster facts that do not give the outcome away (start, planned length).
/// The status and end date of a pair are read only for the label and to leave out pairs that had already ended.
/// </summary>
public sealed class RiskFeatureBuilder
{
    private readonly Dictionary<string, List<RosterEntry>> pairsByCohort;
    private readonly Dictionary<string, List<(Instrument Instrument, AnalysisResponse Response)>> responsesByPair = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CohortWaves> cohorts = new(StringComparer.Ordinal);

    public RiskFeatureBuilder(IReadOnlyList<RosterEntry> roster, IReadOnlyList<InstrumentResponses> responses)
    {
        var byPair = roster.ToDictionary(p => p.PairId, StringComparer.Ordinal);
        pairsByCohort = roster.GroupBy(p => p.Cohort, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var byCohort = new Dictionary<string, List<(Instrument, AnalysisResponse)>>(StringComparer.Ordinal);
        foreach (var data in responses)
        {
            foreach (var response in data.Responses)
            {
                if (response.PairId is null || response.Role is null || !byPair.TryGetValue(response.PairId, out var pair)) continue;
                if (!responsesByPair.TryGetValue(pair.PairId, out var list)) responsesByPair[pair.PairId] = list = [];
                list.Add((data.Instrument, response));
                if (!byCohort.TryGetValue(pair.Cohort, out var cohortList)) byCohort[pair.Cohort] = cohortList = [];
                cohortList.Add((data.Instrument, response));
            }
        }

        foreach (var (cohort, list) in byCohort) cohorts[cohort] = new CohortWaves(list);
        Instruments = responses.Select(r => r.Instrument).ToList();
    }

    /// <summary>Every instrument with stored responses.</summary>
    public IReadOnlyList<Instrument> Instruments { get; }

    public IReadOnlyList<string> Cohorts => pairsByCohort.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>The cohort's waves in the order they were held (empty when it has no responses yet).</summary>
    public IReadOnlyList<string> Waves(string cohort) => cohorts.TryGetValue(cohort, out var c) ? c.Order : [];

    public PredictionPoint? Point(string cohort, string wave)
    {
        if (!cohorts.TryGetValue(cohort, out var c)) return null;
        var w = c.IndexOf(wave);
        if (w < 0) return null;
        var given = c.Given.ToDictionary(g => g.Key, g => (IReadOnlyList<string>)c.Order.Take(w + 1).Where(g.Value.Contains).ToList(), StringComparer.Ordinal);
        return new PredictionPoint(cohort, wave, w, c.Closed[w], given);
    }

    /// <summary>The points a finished cohort can teach from: after every wave but its last (nothing closes early after that).</summary>
    public IReadOnlyList<PredictionPoint> TrainingPoints(string cohort) =>
        Waves(cohort).SkipLast(1).Select(w => Point(cohort, w)!).ToList();

    /// <summary>Features of every pair of the point's cohort still running at that point.</summary>
    public IReadOnlyList<PairRiskFeatures> Build(PredictionPoint point, RiskFeatureCatalog catalog)
    {
        var layout = new Layout(catalog);
        var asOfDay = point.AsOf is { } asOf ? DateOnly.FromDateTime(asOf.UtcDateTime) : (DateOnly?)null;
        var waveIndex = cohorts[point.Cohort];
        var rows = new List<PairRiskFeatures>();
        foreach (var pair in pairsByCohort.GetValueOrDefault(point.Cohort) ?? [])
        {
            if (asOfDay is { } day && (pair.StartDate > day || pair.EndDate is { } end && end <= day)) continue;
            var used = (responsesByPair.GetValueOrDefault(pair.PairId) ?? [])
                .Where(r => waveIndex.IndexOf(r.Response.Wave) is var i && i >= 0 && i <= point.WaveIndex)
                .Where(r => point.AsOf is null || r.Response.SubmittedAt is null || r.Response.SubmittedAt <= point.AsOf)
                .ToList();
            rows.Add(new PairRiskFeatures(pair.PairId, point, layout.Values(pair, point, used), Label(pair)));
        }

        return rows;
    }

    /// <summary>
    /// The documented rules' concern score for each row, judged at the row's own prediction point on every feature the
    /// rules read there (as `risk predict` would have judged it then): the baseline a model must beat.
    /// </summary>
    public IReadOnlyList<double> RulesConcern(IReadOnlyList<PairRiskFeatures> rows)
    {
        var byPoint = new Dictionary<(string Cohort, string Wave), Dictionary<string, int>>();
        foreach (var point in rows.Select(r => r.Point).DistinctBy(p => (p.Cohort, p.Wave)))
        {
            var catalog = RiskFeatureCatalog.For([point], Instruments, everyFeature: true);
            byPoint[(point.Cohort, point.Wave)] = Build(point, catalog).ToDictionary(p => p.PairId, p => ClosureRiskRules.Concern(p, catalog), StringComparer.Ordinal);
        }

        return rows.Select(r => (double)byPoint[(r.Point.Cohort, r.Point.Wave)][r.PairId]).ToList();
    }

    /// <summary>Closed early = ended before its planned end for a reason other than completing; unknown while active.</summary>
    private static bool? Label(RosterEntry pair) => pair.Status switch
    {
        PairStatus.ClosedEarly => pair.EndDate is not { } end || end < pair.PlannedEndDate,
        PairStatus.Completed => false,
        _ => null,
    };

    /// <summary>Wave order and, per wave, when its last response came in, for one cohort.</summary>
    private sealed class CohortWaves
    {
        private readonly Dictionary<string, int> index;

        public CohortWaves(List<(Instrument Instrument, AnalysisResponse Response)> responses)
        {
            Order = CohortAnalysis.WaveOrder(responses.Select(r => r.Response));
            index = Order.Select((w, i) => (w, i)).ToDictionary(x => x.w, x => x.i, StringComparer.Ordinal);
            Closed = Order.Select(w => responses.Where(r => r.Response.Wave == w && r.Response.SubmittedAt is not null)
                .Select(r => r.Response.SubmittedAt).Max()).ToList();
            Given = responses.GroupBy(r => r.Instrument.Id, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(r => r.Response.Wave).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        }

        public IReadOnlyList<string> Order { get; }

        public IReadOnlyList<DateTimeOffset?> Closed { get; }

        public Dictionary<string, HashSet<string>> Given { get; }

        public int IndexOf(string wave) => index.GetValueOrDefault(wave, -1);
    }

    /// <summary>Where each feature sits in the value array, and the scorers, prepared once per build.</summary>
    private sealed class Layout
    {
        private readonly RiskFeatureCatalog catalog;
        private readonly List<InstrumentSlots> instruments;
        private readonly int daysSinceLast;
        private readonly int daysSinceStart;
        private readonly int plannedLength;

        public Layout(RiskFeatureCatalog catalog)
        {
            this.catalog = catalog;
            instruments = catalog.Instruments.Select(i => new InstrumentSlots(i, catalog)).ToList();
            daysSinceLast = catalog.ComputedIndexOf("days_since_last_response");
            daysSinceStart = catalog.ComputedIndexOf("days_since_start");
            plannedLength = catalog.ComputedIndexOf("planned_length_days");
        }

        public double[] Values(RosterEntry pair, PredictionPoint point, List<(Instrument Instrument, AnalysisResponse Response)> used)
        {
            var values = new double[catalog.Computed.Count];
            Array.Fill(values, double.NaN);
            foreach (var slots in instruments)
            {
                var given = point.WavesGiven.GetValueOrDefault(slots.Instrument.Id) ?? [];
                slots.Fill(values, given, used.Where(u => u.Instrument.Id == slots.Instrument.Id).Select(u => u.Response));
            }

            var last = used.Where(u => u.Response.SubmittedAt is not null).Select(u => u.Response.SubmittedAt!.Value).DefaultIfEmpty().Max();
            if (point.AsOf is { } asOf)
            {
                var start = new DateTimeOffset(pair.StartDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
                values[daysSinceStart] = (asOf - start).TotalDays;
                values[daysSinceLast] = (asOf - (last == default ? start : last)).TotalDays;
            }

            values[plannedLength] = pair.PlannedEndDate.DayNumber - pair.StartDate.DayNumber;
            return Array.ConvertAll(catalog.Selection, j => values[j]);
        }
    }

    private sealed class InstrumentSlots
    {
        private readonly ScaleScorer[] scorers;
        private readonly int[] countItems;
        private readonly RoleSlots[] roles;
        private readonly int[] gaps;
        private readonly int[] pairLatest;
        private readonly int pairMissed;
        private readonly int meanGap;

        public InstrumentSlots(Instrument instrument, RiskFeatureCatalog catalog)
        {
            Instrument = instrument;
            scorers = instrument.Scales.Select(s => new ScaleScorer(instrument, s)).ToArray();
            var countIds = instrument.Items.Select((item, i) => (item, i)).Where(x => x.item.Type == ItemType.Count).ToList();
            countItems = countIds.Select(x => x.i).ToArray();
            roles = RiskFeatureCatalog.RolesOf(instrument).Select(role =>
            {
                var prefix = $"{instrument.Id}.{role.Name()}";
                return new RoleSlots(role, catalog.ComputedIndexOf($"{prefix}.no_answer"), catalog.ComputedIndexOf($"{prefix}.missed"),
                    catalog.ComputedIndexOf($"{prefix}.missed_streak"),
                    instrument.Scales.Select(s => catalog.ComputedIndexOf($"{prefix}.{s.Id}.latest")).ToArray(),
                    instrument.Scales.Select(s => catalog.ComputedIndexOf($"{prefix}.{s.Id}.change")).ToArray(),
                    instrument.Scales.Select(s => catalog.ComputedIndexOf($"{prefix}.{s.Id}.slope")).ToArray(),
                    countIds.Select(x => catalog.ComputedIndexOf($"{prefix}.{x.item.Id}.latest")).ToArray());
            }).ToArray();
            gaps = instrument.Scales.Select(s => catalog.ComputedIndexOf($"{instrument.Id}.gap.{s.Id}")).ToArray();
            pairLatest = instrument.Scales.Select(s => catalog.ComputedIndexOf($"{instrument.Id}.pair.{s.Id}.latest")).ToArray();
            pairMissed = catalog.ComputedIndexOf($"{instrument.Id}.pair.missed_latest");
            meanGap = catalog.ComputedIndexOf($"{instrument.Id}.gap.mean_abs");
        }

        public Instrument Instrument { get; }

        public void Fill(double[] values, IReadOnlyList<string> given, IEnumerable<AnalysisResponse> responses)
        {
            var list = responses.ToList();
            foreach (var role in roles)
            {
                // One response per wave: a resubmission replaces the earlier one.
                var byWave = list.Where(r => r.Role == role.Role)
                    .GroupBy(r => r.Wave, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.MaxBy(r => r.SubmittedAt ?? DateTimeOffset.MinValue)!.Values, StringComparer.Ordinal);
                var answered = given.Select(w => byWave.GetValueOrDefault(w)).ToList();
                var count = answered.Count(a => a is not null);
                values[role.NoAnswer] = count == 0 ? 1 : 0;
                values[role.Missed] = given.Count - count;
                if (role.Streak >= 0)
                    values[role.Streak] = answered.AsEnumerable().Reverse().TakeWhile(a => a is null).Count();

                for (var s = 0; s < scorers.Length; s++)
                {
                    var scores = answered.Select(a => a is null ? double.NaN : scorers[s].Score(a)).ToArray();
                    values[role.Latest[s]] = scores.LastOrDefault(x => !double.IsNaN(x), double.NaN);
                    if (role.Change[s] >= 0 && scores.Length >= 2) values[role.Change[s]] = scores[^1] - scores[^2];
                    if (role.Slope[s] >= 0) values[role.Slope[s]] = Slope(scores);
                }

                for (var c = 0; c < countItems.Length; c++)
                    values[role.Counts[c]] = answered.Where(a => a is not null).Select(a => a![countItems[c]]).LastOrDefault(x => !double.IsNaN(x), double.NaN);
            }

            if (meanGap < 0) return;
            var (mentor, mentee) = (roles.First(r => r.Role == Role.Mentor), roles.First(r => r.Role == Role.Mentee));
            if (pairMissed >= 0 && given.Count > 0)
                values[pairMissed] = list.Any(r => r.Role == Role.Mentor && r.Wave == given[^1]) && list.Any(r => r.Role == Role.Mentee && r.Wave == given[^1]) ? 0 : 1;
            double sum = 0;
            var n = 0;
            for (var s = 0; s < scorers.Length; s++)
            {
                var (a, b) = (values[mentor.Latest[s]], values[mentee.Latest[s]]);
                values[pairLatest[s]] = double.IsNaN(a) ? b : double.IsNaN(b) ? a : (a + b) / 2;
                var gap = a - b;
                values[gaps[s]] = gap;
                if (double.IsNaN(gap)) continue;
                sum += Math.Abs(gap);
                n++;
            }

            values[meanGap] = n == 0 ? double.NaN : sum / n;
        }

        /// <summary>Least-squares change per wave over the answered waves; missing with fewer than two.</summary>
        private static double Slope(double[] scores)
        {
            double n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
            for (var x = 0; x < scores.Length; x++)
            {
                if (double.IsNaN(scores[x])) continue;
                n++;
                sx += x;
                sy += scores[x];
                sxx += x * x;
                sxy += x * scores[x];
            }

            var denominator = n * sxx - sx * sx;
            return n < 2 || denominator == 0 ? double.NaN : (n * sxy - sx * sy) / denominator;
        }
    }

    private sealed record RoleSlots(Role Role, int NoAnswer, int Missed, int Streak, int[] Latest, int[] Change, int[] Slope, int[] Counts);
}
