namespace MentorEval.Core.Instruments;

/// <summary>
/// A score computed from several items of one respondent (a subscale or the total).
/// Exactly one of <see cref="MinAnswered"/> and <see cref="MinAnsweredShare"/> is set by the reader
/// (a definition that gives neither requires every item).
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
