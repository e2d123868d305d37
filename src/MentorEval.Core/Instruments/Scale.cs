namespace MentorEval.Core.Instruments;

/// <summary>
/// A score computed from several items of one respondent (a subscale or the total).
/// At most one of <see cref="MinAnswered"/> and <see cref="MinAnsweredShare"/> is set (the validator rejects both);
/// with neither, every item must be answered.
/// </summary>
public sealed record Scale(
    string Id,
    string Title,
    IReadOnlyList<string> ItemIds,
    ScoringMethod Method,
    int? MinAnswered,
    double? MinAnsweredShare,
    bool HigherIsBetter,
    IReadOnlyList<Band> Bands,
    IReadOnlyDictionary<string, string> WeightItems,
    Translations TitleTranslations)
{
    /// <summary>How many items must be answered for the score to exist.</summary>
    public int RequiredAnswers =>
        MinAnswered ?? (MinAnsweredShare is { } share
            ? Math.Max(1, (int)Math.Ceiling(share * ItemIds.Count - 1e-9))
            : ItemIds.Count);

    public Band? BandOf(double score) => Bands.FirstOrDefault(b => score <= b.UpTo);
}
