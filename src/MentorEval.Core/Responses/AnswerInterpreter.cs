using System.Globalization;
using MentorEval.Core.Instruments;
using MentorEval.Core.Text;

namespace MentorEval.Core.Responses;

/// <summary>
/// Turns the text of one cell into its meaning for one item, as the definition says: numbers inside the
/// response scale, labels matched case- and whitespace-insensitively, missing codes as missing (never a number),
/// anything else a problem that names what was expected. Built once per item, then used for every row (by one
/// thread at a time: it remembers answers it has seen).
/// </summary>
public sealed class AnswerInterpreter
{
    // An export repeats a handful of texts ("1".."7", "N/A") in every row, and interpreting normalizes with a regex:
    // remembering the answer to each text seen is exact (the answer depends on the text alone) and saves that work.
    // Bounded, so free-form numbers cannot grow it without limit.
    private const int RememberedLimit = 256;

    private readonly Dictionary<string, Answer> remembered = new(StringComparer.Ordinal);
    private readonly Item item;
    private readonly ResponseScale? scale;
    private readonly Dictionary<string, double> labelValues = new(StringComparer.Ordinal);
    private readonly HashSet<string> missingCodes = new(StringComparer.Ordinal);
    private readonly bool decimalComma;
    private readonly string expected;

    /// <param name="extraMissingCodes">Codes the whole file uses for missing data (e.g. REDCap's "UNK"), besides the definition's.</param>
    /// <param name="decimalComma">The file writes decimals as "4,0" (European Excel).</param>
    public AnswerInterpreter(Instrument instrument, Item item, IEnumerable<string> extraMissingCodes, bool decimalComma)
    {
        this.item = item;
        this.decimalComma = decimalComma;
        scale = instrument.ResponseScaleOf(item);
        foreach (var code in extraMissingCodes.Concat(scale?.MissingCodes ?? [])) missingCodes.Add(Normalize(code));
        if (scale is not null)
        {
            foreach (var label in scale.Labels)
            {
                labelValues[Normalize(label.Text)] = label.Value ?? double.NaN;
                labelValues[Normalize(label.Code)] = label.Value ?? double.NaN;
            }
        }

        expected = Describe();
    }

    public Answer Interpret(string? text)
    {
        // A text item's answer is kept as written, never a number.
        if (text is null || item.Type == ItemType.Text) return Answer.Missing;
        if (remembered.TryGetValue(text, out var known)) return known;
        var answer = InterpretText(text);
        if (remembered.Count < RememberedLimit) remembered.Add(text, answer);
        return answer;
    }

    private Answer InterpretText(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return Answer.Missing;

        var normalized = Normalize(text);
        if (missingCodes.Contains(normalized)) return Answer.Missing;
        return item.Type == ItemType.Count ? InterpretCount(text.Trim()) : InterpretRating(text.Trim(), normalized);
    }

    private Answer InterpretRating(string text, string normalized)
    {
        if (scale is null) return Answer.Invalid($"item \"{item.Id}\" has no response scale");
        if (labelValues.TryGetValue(normalized, out var labelled)) return new Answer(labelled, null);
        if (scale.IsNumeric && TryNumber(text, out var number))
        {
            return scale.Contains(number)
                ? new Answer(number, null)
                : Answer.Invalid($"{Excerpt.Of(text)} is outside the response scale {Fmt(scale.Min!.Value)}–{Fmt(scale.Max!.Value)}; expected {expected}");
        }

        return Answer.Invalid($"\"{Excerpt.Of(text)}\" is not an answer on this item's scale; expected {expected}");
    }

    private Answer InterpretCount(string text)
    {
        if (!TryNumber(text, out var number) || number < 0 || number != Math.Floor(number))
            return Answer.Invalid($"\"{Excerpt.Of(text)}\" is not a count; expected a whole number of 0 or more{MaxText()}");
        if (item.MaxCount is { } max && number > max)
            return Answer.Invalid($"{Excerpt.Of(text)} is more than this count allows; expected a whole number of 0 or more{MaxText()}");
        return new Answer(number, null);
    }

    private string MaxText() => item.MaxCount is { } max ? $" up to {max}" : "";

    private bool TryNumber(string text, out double number)
    {
        var candidate = decimalComma ? text.Replace(',', '.') : text;
        return double.TryParse(candidate, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture, out number);
    }

    private string Describe()
    {
        if (scale is null) return "an answer";
        var labels = scale.Labels.Select(l => $"\"{l.Text}\"").ToList();
        var missing = scale.MissingCodes.Count == 0 ? "" : $"; missing: {string.Join(", ", scale.MissingCodes.Select(c => $"\"{c}\""))}";
        if (!scale.IsNumeric) return $"one of {string.Join(", ", scale.Labels.Select(l => $"\"{l.Code}\""))} or {string.Join(", ", labels)}{missing}";
        var range = $"a number from {Fmt(scale.Min!.Value)} to {Fmt(scale.Max!.Value)}";
        return labels.Count == 0 ? range + missing : $"{range} or one of {string.Join(", ", labels)}{missing}";
    }

    /// <summary>"Strongly  Agree " and "strongly agree" are the same answer.</summary>
    private static string Normalize(string text) => DefinitionValidator.Normalize(text);

    private static string Fmt(double value) => value.ToString(CultureInfo.InvariantCulture);
}
