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

    public RiskFeatureCatalog(IReadOnlyList<Instrument> instruments, IReadOnlySet<string> repeatedInstrumentIds)
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
                var prefix = $"{instrument.Id}.{RoleName(role)}";
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
        Features = features;
        index = features.Select((f, i) => (f.Name, i)).ToDictionary(x => x.Name, x => x.i, StringComparer.Ordinal);
    }

    public IReadOnlyList<Instrument> Instruments { get; }

    public IReadOnlySet<string> Repeated { get; }

    public IReadOnlyList<RiskFeature> Features { get; }

    public IReadOnlyList<string> Names => Features.Select(f => f.Name).ToList();

    /// <summary>Instrument id → version, as a model card records it.</summary>
    public IReadOnlyDictionary<string, string> InstrumentVersions => Instruments.ToDictionary(i => i.Id, i => i.Version, StringComparer.Ordinal);

    public int IndexOf(string name) => index.TryGetValue(name, out var i) ? i : -1;

    /// <summary>The catalog for prediction points: every instrument given at one of them; trends for those given at two or more.</summary>
    public static RiskFeatureCatalog For(IEnumerable<PredictionPoint> points, IEnumerable<Instrument> instruments)
    {
        var list = points.ToList();
        var given = list.SelectMany(p => p.WavesGiven.Where(w => w.Value.Count > 0).Select(w => w.Key)).ToHashSet(StringComparer.Ordinal);
        var repeated = list.SelectMany(p => p.WavesGiven.Where(w => w.Value.Count > 1).Select(w => w.Key)).ToHashSet(StringComparer.Ordinal);
        return new RiskFeatureCatalog(instruments.Where(i => given.Contains(i.Id)).ToList(), repeated);
    }

    public static IReadOnlyList<Role> RolesOf(Instrument instrument) =>
        new[] { Role.Mentor, Role.Mentee }.Where(r => instrument.Roles.Contains(RoleName(r))).ToList();

    public static string RoleName(Role role) => role == Role.Mentor ? "mentor" : "mentee";
}
