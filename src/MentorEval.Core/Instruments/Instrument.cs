using MentorEval.Core.Pairs;

namespace MentorEval.Core.Instruments;

/// <summary>
/// A questionnaire as MentorEval knows it: its items, the response scales they are answered on,
/// and the scales (subscales) that are scored from them. Loaded from a JSON definition.
/// </summary>
public sealed record Instrument(
    string Id,
    string Version,
    string Title,
    string? Description,
    string? Citation,
    string? License,
    IReadOnlyList<Role> Roles,
    IReadOnlyList<string> Languages,
    Translations TitleTranslations,
    IReadOnlyList<ResponseScale> ResponseScales,
    IReadOnlyList<Item> Items,
    IReadOnlyList<Scale> Scales)
{
    public Item? FindItem(string id) => Items.FirstOrDefault(i => i.Id == id);

    public ResponseScale? FindResponseScale(string id) => ResponseScales.FirstOrDefault(s => s.Id == id);

    public Scale? FindScale(string id) => Scales.FirstOrDefault(s => s.Id == id);

    /// <summary>The response scale an item is answered on, or null for count and text items.</summary>
    public ResponseScale? ResponseScaleOf(Item item) =>
        item.ResponseScaleId is null ? null : FindResponseScale(item.ResponseScaleId);
}
