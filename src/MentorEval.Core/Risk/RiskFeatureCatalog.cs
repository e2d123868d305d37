using MentorEval.Core.Instruments;
using MentorEval.Core.Pairs;

namespace MentorEval.Core.Risk;

/// <summary>
/// The fixed list of features a risk model reads, derived from the instruments a program gives before its last wave.
/// Trend features (change, slope, missed streaks) exist only for instruments given at more than one wave (check-ins).
/// </summary>
public sealed class RiskFeatureCatalog
{
    private readonly Dictionary<string, int> index;
    private readonly Dictionary<string, int> computedIndex;

    public RiskFeatureCatalog(IReadOnlyList<Instrument> instruments, IReadOnlySet<string> repeatedInstrumentIds, bool everyFeature = false)
    {
        Instruments = instruments.OrderBy(i => i.Id, StringComparer.Ordinal).ToList();
        Repeated = repeatedInstrumentIds;
        var features = new List<RiskFeature>();
        foreach (var instrument in Instruments)
        {
            var repeated = repeatedInstrumentIds.Contains(instrument.Id);
            var roles = RolesOf(instrument);
            foreach (var role in roles)
            {
                var prefix = $"{instrument.Id}.{role.Name()}";
                features.Add(new($"{prefix}.no_answer", RiskFeatureKind.NoAnswerYet, instrument, null, null, role));
                features.Add(new($"{prefix}.missed", RiskFeatureKind.MissedWaves, instrument, null, null, role));
                if (repeated) features.Add(new($"{prefix}.missed_streak", RiskFeatureKind.MissedStreak, instrument, null, null, role));
                foreach (var scale in instrument.Scales)
                {
                    features.Add(new($"{prefix}.{scale.Id}.latest", RiskFeatureKind.ScaleLatest, instrument, scale, null, role));
                    if (!repeated) continue;
                    features.Add(new($"{prefix}.{scale.Id}.change", RiskFeatureKind.ScaleChange, instrument, scale, null, role));
                    features.Add(new($"{prefix}.{scale.Id}.slope", RiskFeatureKind.ScaleSlope, instrument, scale, null, role));
                }

                foreach (var item in instrument.Items.Where(i => i.Type == ItemType.Count))
                    features.Add(new($"{prefix}.{item.Id}.latest", RiskFeatureKind.CountLatest, instrument, null, item.Id, role));
            }

            if (roles.Count < 2 || instrument.Scales.Count == 0) continue;
            // Either side skipping a check-in is what matters for the pair; both views together measure the relationship with less noise.
            if (repeated) features.Add(new($"{instrument.Id}.pair.missed_latest", RiskFeatureKind.PairMissedLatest, instrument, null, null, null));
            foreach (var scale in instrument.Scales)
                features.Add(new($"{instrument.Id}.pair.{scale.Id}.latest", RiskFeatureKind.ScaleLatest, instrument, scale, null, null));
            foreach (var scale in instrument.Scales)
                features.Add(new($"{instrument.Id}.gap.{scale.Id}", RiskFeatureKind.RoleGap, instrument, scale, null, null));
            features.Add(new($"{instrument.Id}.gap.mean_abs", RiskFeatureKind.MeanAbsoluteGap, instrument, null, null, null));
        }

        features.Add(new("days_since_last_response", RiskFeatureKind.DaysSinceLastResponse, null, null, null, null));
        features.Add(new("days_since_start", RiskFeatureKind.DaysSinceStart, null, null, null, null));
        features.Add(new("planned_length_days", RiskFeatureKind.PlannedLengthDays, null, null, null, null));
        Computed = features;
        computedIndex = features.Select((f, i) => (f.Name, i)).ToDictionary(x => x.Name, x => x.i, StringComparer.Ordinal);
        Features = everyFeature ? features : features.Where(f => IsModelFeature(f, repeatedInstrumentIds)).ToList();
        EveryFeature = everyFeature;
        Selection = Features.Select(f => computedIndex[f.Name]).ToArray();
        index = Features.Select((f, i) => (f.Name, i)).ToDictionary(x => x.Name, x => x.i, StringComparer.Ordinal);
    }

    /// <summary>
    /// What a program leader would expect to predict closure, and all a model reads: everything about the repeated
    /// check-ins (scores by role and for both sides, their change and slope, mentor–mentee gaps, missed and skipped
    /// check-ins, meetings reported), engagement and roster facts; from a one-off survey only whether each side answered
    /// it and, for an alignment survey (scales without concern bands, such as expectations: they say what each side
    /// wants, so only the distance between the two means anything), the mean mentor–mentee gap. The scale scores of
    /// one-off quality surveys (competencies, practices) are many, noisy and partly about other things (the mentor's
    /// skills); with a few hundred pairs to learn from a model fits their noise and then explains its flags with them.
    /// The rules, which cannot overfit, read every feature (<c>everyFeature</c>).
    /// </summary>
    public static bool IsModelFeature(RiskFeature feature, IReadOnlySet<string> repeatedInstrumentIds) =>
        feature.Instrument is null
        || repeatedInstrumentIds.Contains(feature.Instrument.Id)
        || feature.Kind == RiskFeatureKind.NoAnswerYet
        || feature.Kind == RiskFeatureKind.MeanAbsoluteGap && feature.Instrument.Scales.All(s => s.Bands.Count == 0);

    public IReadOnlyList<Instrument> Instruments { get; }

    public IReadOnlySet<string> Repeated { get; }

    /// <summary>True for the rules' catalog, which also reads one-off surveys' scale scores (their concern bands).</summary>
    public bool EveryFeature { get; }

    /// <summary>The features a model reads, in order.</summary>
    public IReadOnlyList<RiskFeature> Features { get; }

    /// <summary>Every feature the builder computes (some only feed others, such as a one-off survey's scale scores feeding its gap).</summary>
    internal IReadOnlyList<RiskFeature> Computed { get; }

    /// <summary>For each of <see cref="Features"/>, its position in <see cref="Computed"/>.</summary>
    internal int[] Selection { get; }

    internal int ComputedIndexOf(string name) => computedIndex.TryGetValue(name, out var i) ? i : -1;

    public IReadOnlyList<string> Names => Features.Select(f => f.Name).ToList();

    /// <summary>Instrument id → version, as a model card records it.</summary>
    public IReadOnlyDictionary<string, string> InstrumentVersions => Instruments.ToDictionary(i => i.Id, i => i.Version, StringComparer.Ordinal);

    public int IndexOf(string name) => index.TryGetValue(name, out var i) ? i : -1;

    /// <summary>A feature id in plain words (<see cref="RiskFeature.DisplayName"/>); an id this catalog lacks stays as it is.</summary>
    public string DisplayNameOf(string name) => IndexOf(name) is var i and >= 0 ? Features[i].DisplayName : name;

    /// <summary>The catalog for prediction points: every instrument given at one of them; trends for those given at two or more.</summary>
    public static RiskFeatureCatalog For(IEnumerable<PredictionPoint> points, IEnumerable<Instrument> instruments, bool everyFeature = false)
    {
        var list = points.ToList();
        var given = list.SelectMany(p => p.WavesGiven.Where(w => w.Value.Count > 0).Select(w => w.Key)).ToHashSet(StringComparer.Ordinal);
        var repeated = list.SelectMany(p => p.WavesGiven.Where(w => w.Value.Count > 1).Select(w => w.Key)).ToHashSet(StringComparer.Ordinal);
        return new RiskFeatureCatalog(instruments.Where(i => given.Contains(i.Id)).ToList(), repeated, everyFeature);
    }

    public static IReadOnlyList<Role> RolesOf(Instrument instrument) =>
        new[] { Role.Mentor, Role.Mentee }.Where(instrument.Roles.Contains).ToList();
}
