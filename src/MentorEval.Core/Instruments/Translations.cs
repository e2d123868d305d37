namespace MentorEval.Core.Instruments;

/// <summary>Text in other languages, keyed by language tag ("es", "fr-CA"). The definition's own text is the default language.</summary>
public sealed record Translations(IReadOnlyDictionary<string, string> ByLanguage)
{
    public static readonly Translations None = new(new Dictionary<string, string>());

    public string Resolve(string defaultText, string? language) =>
        language is not null && ByLanguage.TryGetValue(language, out var text) ? text : defaultText;
}
