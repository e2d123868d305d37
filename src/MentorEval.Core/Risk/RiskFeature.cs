using MentorEval.Core.Instruments;
using MentorEval.Core.Pairs;

namespace MentorEval.Core.Risk;

/// <summary>
/// One column of the risk model's input. <see cref="Name"/> is stable (it is what a model card records);
/// the rest is what the reason sentences need.
/// </summary>
public sealed record RiskFeature(string Name, RiskFeatureKind Kind, Instrument? Instrument, Scale? Scale, string? ItemId, Role? Role)
{
    /// <summary>"mentee-rated relationship quality", "mentor and mentee", "the pair".</summary>
    public string Subject => Role switch
    {
        Pairs.Role.Mentor => $"mentor-rated {Lower(Topic)}",
        Pairs.Role.Mentee => $"mentee-rated {Lower(Topic)}",
        _ => Lower(Topic),
    };

    /// <summary>
    /// The feature in plain words, as a program leader reads it in `risk explain` and the model card ("Mentoring
    /// relationship check-in: mentee-rated relationship quality, change since the previous wave"); <see cref="Name"/>
    /// stays the stable id.
    /// </summary>
    public string DisplayName
    {
        get
        {
            var instrument = Instrument?.Title ?? "";
            var role = Role is { } r ? r.Name() : "";
            var said = Kind switch
            {
                RiskFeatureKind.ScaleLatest when Role is null => $"{Lower(Topic)}, mentor and mentee averaged (latest)",
                RiskFeatureKind.ScaleLatest => $"{Subject} (latest)",
                RiskFeatureKind.ScaleChange => $"{Subject}, change since the previous wave",
                RiskFeatureKind.ScaleSlope => $"{Subject}, trend per wave",
                RiskFeatureKind.RoleGap => $"mentor − mentee gap on {Lower(Topic)}",
                RiskFeatureKind.MeanAbsoluteGap => "mean mentor–mentee gap across its scales",
                RiskFeatureKind.NoAnswerYet => $"no answer from the {role} yet",
                RiskFeatureKind.MissedWaves => $"waves the {role} missed",
                RiskFeatureKind.MissedStreak => $"waves in a row the {role} missed, up to now",
                RiskFeatureKind.PairMissedLatest => "mentor or mentee skipped the latest wave",
                RiskFeatureKind.CountLatest => $"{Lower(Topic)} reported by the {role} (latest)",
                RiskFeatureKind.DaysSinceLastResponse => "Days since either side last answered a survey",
                RiskFeatureKind.DaysSinceStart => "Days since the pair started",
                RiskFeatureKind.PlannedLengthDays => "Planned length of the relationship (days)",
                _ => Name,
            };
            return instrument.Length == 0 ? said : $"{instrument}: {said}";
        }
    }

    /// <summary>The scale, item or instrument the feature is about.</summary>
    public string Topic => Scale?.Title ?? (ItemId is { } item ? item.Replace('_', ' ') : Instrument?.Title ?? Name);

    public static string Lower(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
}
