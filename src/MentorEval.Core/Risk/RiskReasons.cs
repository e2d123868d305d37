using System.Globalization;
using MentorEval.Core.Instruments;
using MentorEval.Core.Pairs;

namespace MentorEval.Core.Risk;

/// <summary>
/// Turns features' values for one pair into sentences a program leader can act on: plain words for the features,
/// numbers said as a person would ("no meetings", "one meeting"), the wave each answer came from, and nothing said
/// twice (reasons that differ only in their topic become one sentence naming every topic; reasons that say a side has
/// not answered, in other words, are said once).
/// </summary>
public static class RiskReasons
{
    /// <summary>How many reasons a model gives a pair.</summary>
    public const int ModelReasons = 3;

    private const string PairAbsence = "pair";

    /// <summary>The reason for one feature's raw value as a sentence, or null for the timing facts (<see cref="IsReason"/>).</summary>
    public static string? Describe(RiskFeatureCatalog catalog, PairRiskFeatures pair, int feature) => Reason(catalog, pair, feature)?.Text;

    /// <summary>
    /// The strongest pushes towards closing, said once each: reason 1 is the largest positive push that can be a reason
    /// at all; a push saying what a stronger one already said (of another topic) joins that sentence; at most <paramref name="count"/> sentences.
    /// </summary>
    public static IReadOnlyList<string> Strongest(RiskFeatureCatalog catalog, PairRiskFeatures pair, IEnumerable<(int Feature, double Push)> pushes, int count = ModelReasons) =>
        Sentences(pushes.Where(p => p.Push > 0).OrderByDescending(p => p.Push).ThenBy(p => p.Feature)
            .Select(p => Reason(catalog, pair, p.Feature)).OfType<RiskReason>(), count);

    /// <summary>
    /// Reasons, strongest first, as sentences that never say the same thing twice: reasons that differ only in their
    /// topic become one naming every topic, in the place of the first; of the reasons saying a side has not answered an
    /// instrument, the first is kept (one naming the side replaces an earlier one that did not).
    /// </summary>
    public static IReadOnlyList<string> Sentences(IEnumerable<RiskReason> reasons, int count = int.MaxValue)
    {
        var said = new List<(RiskReason First, List<string> Topics)>();
        foreach (var reason in reasons)
        {
            if (reason.Absence is { } absence)
            {
                var earlier = said.FindIndex(s => SameAbsence(s.First.Absence, absence));
                if (earlier >= 0)
                {
                    // "the mentor or the mentee skipped …" says less than "no check-in from the mentee since …".
                    if (said[earlier].First.Absence!.EndsWith(PairAbsence, StringComparison.Ordinal) && !absence.EndsWith(PairAbsence, StringComparison.Ordinal))
                        said[earlier] = (reason, [reason.Topic]);
                    continue;
                }
            }

            var same = said.FindIndex(s => s.First.Lead == reason.Lead && s.First.Tail == reason.Tail);
            if (same >= 0)
            {
                if (!said[same].Topics.Contains(reason.Topic)) said[same].Topics.Add(reason.Topic);
                continue;
            }

            if (said.Count == count) break;
            said.Add((reason, [reason.Topic]));
        }

        return said.Select(s => s.First.Lead + Join(s.Topics) + s.First.Tail).ToList();
    }

    /// <summary>Whether the feature can be a reason at all: everything but the timing facts, which tell when, not why.</summary>
    public static bool IsReason(RiskFeature feature) => feature.Kind is not (RiskFeatureKind.DaysSinceStart or RiskFeatureKind.PlannedLengthDays);

    /// <summary>
    /// The reason a feature's raw value gives, or null for the timing facts. A missing value is said as missing: a model
    /// can still lean on it.
    /// </summary>
    public static RiskReason? Reason(RiskFeatureCatalog catalog, PairRiskFeatures pair, int index)
    {
        var feature = catalog.Features[index];
        if (!IsReason(feature)) return null;
        var value = pair.Values[index];
        var instrument = feature.Instrument is { } i ? Title(i) : "";
        var given = feature.Instrument is { } g ? pair.Point.WavesGiven.GetValueOrDefault(g.Id) ?? [] : [];
        var who = feature.Role is { } person ? Who(person) : "";
        var topic = feature.Scale is { } scale ? RiskFeature.Lower(scale.Title) : RiskFeature.Lower(feature.Topic);
        var absence = feature.Instrument is { } a && feature.Role is { } side ? $"{a.Id}:{side.Name()}" : null;
        if (double.IsNaN(value)) return Missing(feature, instrument, who, topic, absence);

        switch (feature.Kind)
        {
            case RiskFeatureKind.ScaleLatest when feature.Role is { } role:
            {
                var at = At(AnsweredWave(catalog, pair, feature.Instrument!, role), instrument);
                return feature.Scale?.BandOf(value) is { } band
                    ? new RiskReason($"{who} rated ", topic, $" in the {band.Label} band {at}")
                    : new RiskReason($"{who} scored ", topic, $" {Decimal(value)} {at}");
            }
            case RiskFeatureKind.ScaleLatest:
            {
                var waves = new[] { Role.Mentor, Role.Mentee }.Select(role => AnsweredWave(catalog, pair, feature.Instrument!, role)).Distinct().ToList();
                var at = At(waves.Count == 1 ? waves[0] : null, instrument);
                return feature.Scale?.BandOf(value) is { } band
                    ? new RiskReason("mentor and mentee together rated ", topic, $" in the {band.Label} band on average {at}")
                    : new RiskReason("mentor and mentee together scored ", topic, $" {Decimal(value)} on average {at}");
            }
            case RiskFeatureKind.ScaleChange:
                var between = $"from {Previous(given)} to {Last(given)}";
                return value == 0
                    ? new RiskReason($"{Whose(who)} rating of ", topic, $" did not change {between}")
                    : new RiskReason($"{Whose(who)} rating of ", topic, $" {(value < 0 ? "fell" : "rose")} by {Points(Math.Abs(value))} {between}");
            case RiskFeatureKind.ScaleSlope:
                return new RiskReason($"{Whose(who)} rating of ", topic,
                    value < 0 ? $" has been falling by about {Points(-value)} a wave" : $" has been rising by about {Points(value)} a wave");
            case RiskFeatureKind.RoleGap:
                return value == 0
                    ? new RiskReason("mentor and mentee rated ", topic, " the same")
                    : new RiskReason($"the {Higher(value).Name()} rated ", topic, $" {Points(Math.Abs(value))} higher than the {Higher(value).Other().Name()}");
            case RiskFeatureKind.MeanAbsoluteGap:
                return new RiskReason("mentor and mentee answered the ", instrument, $" {Points(value)} apart on average");
            case RiskFeatureKind.NoAnswerYet:
                return value >= 1
                    ? new RiskReason($"{who} has not answered the ", instrument, " yet", absence)
                    : new RiskReason($"{who} has answered the ", instrument, "");
            case RiskFeatureKind.MissedWaves:
                return value >= 1
                    ? new RiskReason($"{who} missed {Count(value)} of the {Count(given.Count)} waves of the ", instrument, " so far", absence)
                    : new RiskReason($"{who} has answered every wave of the ", instrument, " so far");
            case RiskFeatureKind.MissedStreak:
                if (value < 1) return new RiskReason($"{who} answered the latest ", instrument, "");
                return given.Count > (int)value
                    ? new RiskReason("no ", instrument, $" from {who} since {given[given.Count - (int)value - 1]}", absence)
                    : new RiskReason("no ", instrument, $" from {who} at all yet", absence);
            case RiskFeatureKind.PairMissedLatest:
                return value >= 1
                    ? new RiskReason($"the mentor or the mentee skipped the {Last(given)} ", instrument, "", $"{feature.Instrument!.Id}:{PairAbsence}")
                    : new RiskReason($"both answered the {Last(given)} ", instrument, "");
            case RiskFeatureKind.CountLatest when feature.Role is { } role:
                return new RiskReason($"{who} reported ", Quantity(value, CountedThing(feature)), $" {At(AnsweredWave(catalog, pair, feature.Instrument!, role), instrument)}");
            case RiskFeatureKind.DaysSinceLastResponse:
                return new RiskReason($"neither mentor nor mentee has answered a survey for {Quantity(value, "days")}", "", "");
            default:
                return null;
        }
    }

    private static RiskReason Missing(RiskFeature feature, string instrument, string who, string topic, string? absence) => feature.Kind switch
    {
        RiskFeatureKind.ScaleLatest or RiskFeatureKind.CountLatest when feature.Role is not null => new RiskReason($"{who} has not answered the ", instrument, " yet", absence),
        RiskFeatureKind.ScaleLatest => new RiskReason("neither mentor nor mentee has answered the ", instrument, " yet", $"{feature.Instrument?.Id}:{PairAbsence}"),
        RiskFeatureKind.ScaleChange or RiskFeatureKind.ScaleSlope => new RiskReason($"no change to measure yet in {Whose(who)} rating of ", topic, $" (too few answers to the {instrument})"),
        RiskFeatureKind.RoleGap => new RiskReason("mentor and mentee cannot be compared yet on ", topic, " (one of them has not answered)"),
        RiskFeatureKind.MeanAbsoluteGap => new RiskReason("mentor and mentee cannot be compared yet on the ", instrument, " (one of them has not answered)"),
        RiskFeatureKind.DaysSinceLastResponse => new RiskReason("neither mentor nor mentee has answered a survey yet", "", ""),
        _ when who.Length > 0 => new RiskReason($"{who} has not answered the ", instrument, " yet", absence),
        _ => new RiskReason("no answers to the ", instrument, " yet", $"{feature.Instrument?.Id}:{PairAbsence}"),
    };

    /// <summary>The wave a role's latest answer to an instrument came from (the latest wave minus its missed streak), or null when unknown.</summary>
    private static string? AnsweredWave(RiskFeatureCatalog catalog, PairRiskFeatures pair, Instrument instrument, Role role)
    {
        var given = pair.Point.WavesGiven.GetValueOrDefault(instrument.Id) ?? [];
        if (given.Count == 1) return given[0];
        var streak = catalog.IndexOf($"{instrument.Id}.{role.Name()}.missed_streak");
        if (streak < 0 || double.IsNaN(pair.Values[streak])) return null;
        var back = (int)pair.Values[streak];
        return back < given.Count ? given[given.Count - 1 - back] : null;
    }

    private static bool SameAbsence(string? earlier, string absence)
    {
        if (earlier is null) return false;
        if (earlier == absence) return true;
        // Either side skipping says the same as one side not answering: same instrument, one of them says "pair".
        var (a, b) = (earlier[..earlier.LastIndexOf(':')], absence[..absence.LastIndexOf(':')]);
        return a == b && (earlier.EndsWith(PairAbsence, StringComparison.Ordinal) || absence.EndsWith(PairAbsence, StringComparison.Ordinal));
    }

    private static string At(string? wave, string instrument) => wave is null ? $"at their latest {instrument}" : $"at the {wave} {instrument}";

    private static string Who(Role role) => $"the {role.Name()}";

    private static string Whose(string who) => $"{who}'s";

    /// <summary>An instrument's title inside a sentence: "mentoring relationship check-in", but a proper title such as
    /// "Mentoring Competency Assessment (MCA)" stays as it is.</summary>
    private static string Title(Instrument instrument)
    {
        var words = instrument.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Skip(1).Any(w => w.Length > 0 && (char.IsUpper(w[0]) || w[0] == '(')) ? instrument.Title : RiskFeature.Lower(instrument.Title);
    }

    /// <summary>"meetings_count" → "meetings": what a count item counts, in plain words.</summary>
    private static string CountedThing(RiskFeature feature)
    {
        var words = (feature.ItemId ?? feature.Topic).Replace('_', ' ').Trim();
        return words.EndsWith(" count", StringComparison.Ordinal) ? words[..^" count".Length] : words;
    }

    private static readonly string[] Small = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    /// <summary>0 → "no meetings", 1 → "one meeting", 3 → "three meetings", 40 → "40 meetings".</summary>
    internal static string Quantity(double value, string plural)
    {
        var n = (int)Math.Round(value);
        var singular = plural.EndsWith('s') ? plural[..^1] : plural;
        var number = n >= 0 && n < Small.Length ? Small[n] : n.ToString(CultureInfo.InvariantCulture);
        return $"{number} {(n == 1 ? singular : plural)}";
    }

    private static string Count(double value) => Quantity(value, "").TrimEnd();

    private static string Points(double value) => Math.Round(value, 1) == 1 ? "1 point" : $"{Decimal(value)} points";

    private static string Decimal(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    private static string Last(IReadOnlyList<string> given) => given.Count >= 1 ? given[^1] : "the latest wave";

    private static string Previous(IReadOnlyList<string> given) => given.Count >= 2 ? given[^2] : "the previous wave";

    /// <summary>Who rated higher in a role gap: the gap is the mentor's score minus the mentee's.</summary>
    private static Role Higher(double gap) => gap > 0 ? Role.Mentor : Role.Mentee;

    /// <summary>"a, b and c"; with a comma before the last "and" when a topic has an "and" of its own ("relationship quality, and direction and progress").</summary>
    private static string Join(IReadOnlyList<string> topics)
    {
        if (topics.Count <= 1) return topics.FirstOrDefault() ?? "";
        var last = topics.Any(t => t.Contains(" and ", StringComparison.Ordinal)) ? ", and " : " and ";
        return string.Join(", ", topics.Take(topics.Count - 1)) + last + topics[^1];
    }
}
