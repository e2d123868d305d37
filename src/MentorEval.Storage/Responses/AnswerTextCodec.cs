using System.Globalization;
using System.Text.Json;

namespace MentorEval.Storage.Responses;

/// <summary>
/// The original answer text of every item cell, stored without repeating what the item values already say: a JSON
/// object of the cells whose text is not the plain text of their value, by item position from 0. The plain text of a
/// value is its invariant number ("4", "2.5"); a missing value has none (no cell). So <c>{"11":"","17":"N/A"}</c>
/// says the 12th cell was blank, the 18th said "N/A", and every other cell said exactly its value; a label
/// ("Agree") or a number written another way (" 4", "4.0") is kept as written. A typical row of a rating scale
/// stores a few bytes instead of a hundred. A submitted-time cell that could not be read as a time is kept in the same
/// object under <c>"submitted_at"</c> (<c>{"submitted_at":"2025-02-30"}</c>), as the response has no time to say it. Rows written before the ResponsesKeepOnlyTheirKey migration hold a JSON
/// array of every cell's text, and are read as such.
/// </summary>
public static class AnswerTextCodec
{
    // Plain texts of the whole numbers rating scales use, made once: the encoder compares every cell with one.
    private static readonly string[] SmallWholeNumbers = Enumerable.Range(-127, 255).Select(n => n.ToString(CultureInfo.InvariantCulture)).ToArray();

    // Property names for positions, made once.
    private static readonly JsonEncodedText[] Positions = Enumerable.Range(0, 256).Select(i => JsonEncodedText.Encode(i.ToString(CultureInfo.InvariantCulture))).ToArray();

    private const string SubmittedAtKey = "submitted_at";

    public static void Write(Utf8JsonWriter json, ReadOnlySpan<string?> answers, ReadOnlySpan<double> values, string? submittedAtText = null)
    {
        json.WriteStartObject();
        if (submittedAtText is not null) json.WriteString(SubmittedAtKey, submittedAtText);
        for (var i = 0; i < answers.Length; i++)
        {
            var text = answers[i];
            if (string.Equals(text, PlainText(values[i]), StringComparison.Ordinal)) continue;
            if (i < Positions.Length) json.WritePropertyName(Positions[i]);
            else json.WritePropertyName(i.ToString(CultureInfo.InvariantCulture));
            if (text is null) json.WriteNullValue();
            else json.WriteStringValue(text);
        }

        json.WriteEndObject();
    }

    /// <summary>Every cell's original text, in item order, from the stored text and the item values it was stored with.</summary>
    public static string?[] Read(string stored, ReadOnlySpan<double> values)
    {
        if (stored.StartsWith('[')) return JsonSerializer.Deserialize<string?[]>(stored)!;
        var answers = new string?[values.Length];
        for (var i = 0; i < values.Length; i++) answers[i] = PlainText(values[i]);
        foreach (var (key, text) in JsonSerializer.Deserialize<Dictionary<string, string?>>(stored)!)
        {
            if (key != SubmittedAtKey) answers[int.Parse(key, CultureInfo.InvariantCulture)] = text;
        }

        return answers;
    }

    /// <summary>The submitted-time cell's text kept because it could not be read as a time, or null.</summary>
    public static string? ReadSubmittedAtText(string stored) =>
        !stored.StartsWith('[') && JsonSerializer.Deserialize<Dictionary<string, string?>>(stored)!.TryGetValue(SubmittedAtKey, out var text) ? text : null;

    private static string? PlainText(double value) =>
        double.IsNaN(value) ? null
        : value is >= -127 and <= 127 && value == Math.Floor(value) && !(value == 0 && double.IsNegative(value)) ? SmallWholeNumbers[(int)value + 127]
        : value.ToString(CultureInfo.InvariantCulture);
}
