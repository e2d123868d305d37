using MentorEval.Core.Analysis;
using MentorEval.Core.Pairs;
using MentorEval.Core.Risk;

namespace MentorEval.Core.Retention;

/// <summary>
/// The Cox model's covariates: what each pair looked like at its cohort's first wave. For every instrument given at each
/// wave a cohort held, two or more (the check-ins), the pair's first score on each scale, mentor and mentee averaged (a
/// composite scale made of other scales' items is left out: with its parts beside it the model could not tell them
/// apart); for every alignment instrument (scales without concern bands, such as expectations), the mean
/// mentor–mentee gap. Built by the risk features' own code, so the names match the risk model's card.
/// </summary>
public sealed record BaselineCovariates(IReadOnlyList<string> Names, IReadOnlyList<string> DisplayNames, IReadOnlyDictionary<string, double[]> ByPair)
{
    public static BaselineCovariates Empty { get; } = new([], [], new Dictionary<string, double[]>());

    public static BaselineCovariates From(IReadOnlyList<RosterEntry> roster, IReadOnlyList<InstrumentResponses> responses)
    {
        var builder = new RiskFeatureBuilder(roster, responses);
        var cohorts = builder.Cohorts.Where(c => builder.Waves(c).Count > 0).ToList();
        if (cohorts.Count == 0) return Empty;
        // Without a cut-off date: a pair that closed in its first weeks still gave its baseline answers, and leaving it
        // out would drop the closures the model most needs.
        var baselines = cohorts.Select(c => builder.Point(c, builder.Waves(c)[0])! with { AsOf = null }).ToList();
        // One-off surveys given at the start and the end (competencies, practices) have many scales and would give the
        // model more covariates than a program has closures; the check-ins are what the program watches over time.
        var repeated = cohorts.SelectMany(c => builder.Point(c, builder.Waves(c)[^1])!.WavesGiven
                .Where(w => w.Value.Count > 1 && w.Value.Count == builder.Waves(c).Count).Select(w => w.Key))
            .ToHashSet(StringComparer.Ordinal);
        var catalog = RiskFeatureCatalog.For(baselines, builder.Instruments, everyFeature: true);
        var chosen = catalog.Features.Where(f => f.Instrument is { } instrument && (
                f.Kind == RiskFeatureKind.ScaleLatest && f.Role is null && repeated.Contains(instrument.Id)
                && !instrument.Scales.Any(other => other != f.Scale && other.ItemIds.All(f.Scale!.ItemIds.Contains))
                || f.Kind == RiskFeatureKind.MeanAbsoluteGap && instrument.Scales.All(s => s.Bands.Count == 0)))
            .ToList();
        var columns = chosen.Select(f => catalog.IndexOf(f.Name)).ToArray();
        var byPair = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var point in baselines)
        foreach (var row in builder.Build(point, catalog))
            byPair[row.PairId] = Array.ConvertAll(columns, j => row.Values[j]);
        return new BaselineCovariates(chosen.Select(f => f.Name).ToList(), chosen.Select(f => f.DisplayName).ToList(), byPair);
    }
}
