using System.Globalization;
using MentorEval.Core.Pairs;

namespace MentorEval.Core.Risk;

/// <summary>Turns a feature's value for one pair into a sentence a program leader can act on.</summary>
public static class RiskReasons
{
    /// <summary>
    /// The sentence for a feature's raw value, or null for the timing facts (days since start, planned length), which
    /// tell when, not why, and are never reasons. A missing value is said as missing: a model can still lean on it.
    /// </summary>
    public static string? Describe(RiskFeature feature, double value, PredictionPoint point)
    {
        if (!IsReason(feature)) return null;
        if (double.IsNaN(value)) return Missing(feature);
        var given = feature.Instrument is { } i ? point.WavesGiven.GetValueOrDefault(i.Id) ?? [] : [];
        var instrument = feature.Instrument is null ? "" : RiskFeature.Lower(feature.Instrument.Title);
        var role = feature.Role is { } r ? RiskFeatureCatalog.RoleName(r) : "";
        return feature.Kind switch
        {
            RiskFeatureKind.ScaleLatest when feature.Role is null => $"{feature.Subject} averages {N(value)} across mentor and mentee{Band(feature, value)}",
            RiskFeatureKind.ScaleLatest => $"{feature.Subject} is {N(value)}{Band(feature, value)}",
            RiskFeatureKind.ScaleChange => value < 0
                ? $"{feature.Subject} fell {N(-value)} points since {Previous(given)}"
                : value > 0 ? $"{feature.Subject} rose {N(value)} points since {Previous(given)}" : $"{feature.Subject} has not changed since {Previous(given)}",
            RiskFeatureKind.ScaleSlope => value < 0
                ? $"{feature.Subject} is trending down ({N(value)} points per wave)"
                : $"{feature.Subject} is trending up (+{N(value)} points per wave)",
            RiskFeatureKind.RoleGap =>
                $"mentor and mentee disagree on {RiskFeature.Lower(feature.Topic)} by {N(Math.Abs(value))} points (the {(value > 0 ? Role.Mentor : Role.Mentee).Name()} rates it higher)",
            RiskFeatureKind.MeanAbsoluteGap => $"mentor and mentee disagree on {instrument} by {N(value)} points on average",
            RiskFeatureKind.NoAnswerYet => value >= 1 ? $"no {instrument} answer from the {role} yet" : $"the {role} has answered the {instrument}",
            RiskFeatureKind.MissedWaves => $"the {role} missed {Count(value)} of {given.Count} {instrument} waves so far",
            RiskFeatureKind.MissedStreak => value < 1
                ? $"the {role} answered the latest {instrument}"
                : given.Count > (int)value
                    ? $"no {instrument} from the {role} since {given[given.Count - (int)value - 1]}"
                    : $"no {instrument} from the {role} at all yet",
            RiskFeatureKind.PairMissedLatest => value >= 1 ? $"the pair skipped the {instrument} at {Last(given)}" : $"both answered the {instrument} at {Last(given)}",
            RiskFeatureKind.CountLatest => $"the {role} reported {Count(value)} {RiskFeature.Lower(feature.Topic)} at the latest {instrument}",
            RiskFeatureKind.DaysSinceLastResponse => $"no survey answer from either side for {Count(value)} days",
            _ => null,
        };
    }

    /// <summary>Whether the feature can be a reason at all: everything but the timing facts.</summary>
    public static bool IsReason(RiskFeature feature) => feature.Kind is not (RiskFeatureKind.DaysSinceStart or RiskFeatureKind.PlannedLengthDays);

    private static string Missing(RiskFeature feature)
    {
        var instrument = feature.Instrument is null ? "" : RiskFeature.Lower(feature.Instrument.Title);
        var role = feature.Role is { } r ? RiskFeatureCatalog.RoleName(r) : "";
        return feature.Kind switch
        {
            RiskFeatureKind.ScaleLatest or RiskFeatureKind.CountLatest => $"{feature.Subject} not known yet (no {instrument} answer to score)",
            RiskFeatureKind.ScaleChange or RiskFeatureKind.ScaleSlope => $"no change in {feature.Subject} to measure yet (too few {instrument} answers)",
            RiskFeatureKind.RoleGap or RiskFeatureKind.MeanAbsoluteGap => $"mentor and mentee cannot be compared on {RiskFeature.Lower(feature.Topic)} yet (one of them has not answered)",
            RiskFeatureKind.DaysSinceLastResponse => "no survey answer from either side yet",
            _ => role.Length > 0 ? $"no {instrument} answer from the {role} yet" : $"no {instrument} answers yet",
        };
    }

    private static string Last(IReadOnlyList<string> given) => given.Count >= 1 ? given[^1] : "the latest wave";

    private static string Previous(IReadOnlyList<string> given) => given.Count >= 2 ? given[^2] : "the previous wave";

    private static string Band(RiskFeature feature, double value) =>
        feature.Scale?.BandOf(value) is { } band ? $", in the '{band.Label}' band" : "";

    private static string N(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    private static string Count(double value) => Math.Round(value).ToString("0", CultureInfo.InvariantCulture);
}
