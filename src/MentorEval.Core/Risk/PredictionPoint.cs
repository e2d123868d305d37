namespace MentorEval.Core.Risk;

/// <summary>
/// The moment a prediction is made for a cohort: right after <see cref="Wave"/> closed. Only responses to waves up to
/// this one, submitted no later than <see cref="AsOf"/>, may be used. <see cref="WavesGiven"/> lists, per instrument,
/// the waves (up to this point) at which the cohort was asked to answer it.
/// </summary>
public sealed record PredictionPoint(
    string Cohort,
    string Wave,
    int WaveIndex,
    DateTimeOffset? AsOf,
    IReadOnlyDictionary<string, IReadOnlyList<string>> WavesGiven);
