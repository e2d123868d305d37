namespace MentorEval.Core.Instruments;

/// <summary>
/// One question. <see cref="Aliases"/> are other column names the item may arrive under
/// (vendor ids such as Qualtrics "Q1_1", REDCap field names, question text).
/// </summary>
public sealed record Item(
    string Id,
    string Text,
    ItemType Type,
    string? ResponseScaleId,
    bool Reverse,
    int? MaxCount,
    IReadOnlyList<string> Aliases,
    Translations TextTranslations);
