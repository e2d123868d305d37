namespace MentorEval.Core.Risk;

/// <summary>What a risk feature measures; the reason sentences are phrased by kind.</summary>
public enum RiskFeatureKind
{
    /// <summary>A role's most recent score on a scale; without a role, the mean of both sides' latest scores.</summary>
    ScaleLatest,
    /// <summary>Change of that score between the two latest waves the instrument was given.</summary>
    ScaleChange,
    /// <summary>Least-squares slope of the score per wave, across every answered wave.</summary>
    ScaleSlope,
    /// <summary>Mentor's latest score minus the mentee's on a scale both answer.</summary>
    RoleGap,
    /// <summary>Mean absolute mentor–mentee gap across an instrument's scales (e.g. expectations alignment).</summary>
    MeanAbsoluteGap,
    /// <summary>1 when a role has not answered the instrument at all yet: the missing-data indicator.</summary>
    NoAnswerYet,
    /// <summary>Waves of the instrument a role did not answer so far.</summary>
    MissedWaves,
    /// <summary>Waves in a row, up to the prediction point, a role did not answer.</summary>
    MissedStreak,
    /// <summary>1 when the mentor or the mentee (or both) skipped the latest wave of a repeated survey.</summary>
    PairMissedLatest,
    /// <summary>A role's latest answer to a count item (meetings reported).</summary>
    CountLatest,
    DaysSinceLastResponse,
    DaysSinceStart,
    PlannedLengthDays,
}
