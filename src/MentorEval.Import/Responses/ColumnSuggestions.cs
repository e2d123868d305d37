using System.Globalization;
using System.Text.RegularExpressions;
using MentorEval.Core.Instruments;
using MentorEval.Import.Exports;

namespace MentorEval.Import.Responses;

/// <summary>A guess that a column holds an item, for a user writing a mapping file: the words and numbers they share.</summary>
/// <param name="Likeness">From 0 (nothing shared) up; higher is closer.</param>
public sealed record ColumnSuggestion(string Column, Item Item, double Likeness);

/// <summary>
/// The closest item for each column that nothing matched, when a file's columns are not named as the instrument's
/// items (Q3_mentor_listens for mca03 "My mentor listens…"): columns and items are compared by the words of their
/// names and texts and by the numbers in them, and paired best first, each column and item at most once.
/// </summary>
public static partial class ColumnSuggestions
{
    public static IReadOnlyList<ColumnSuggestion> For(IReadOnlyList<ExportColumn> columns, IReadOnlyList<Item> items)
    {
        var candidates = (from column in columns
                let columnWords = Words(column.Name, column.Header, column.QuestionText, column.RowLabel)
                from item in items
                let likeness = Likeness(columnWords, Words([item.Id, item.Text, .. item.Aliases]))
                where likeness > 0
                select new ColumnSuggestion(column.Name, item, likeness))
            .OrderByDescending(s => s.Likeness).ThenBy(s => s.Column, StringComparer.Ordinal).ThenBy(s => s.Item.Id, StringComparer.Ordinal);
        var taken = new List<ColumnSuggestion>();
        foreach (var candidate in candidates)
            if (!taken.Any(t => t.Column == candidate.Column || t.Item.Id == candidate.Item.Id)) taken.Add(candidate);
        return [.. taken.OrderBy(t => items.ToList().IndexOf(t.Item))];
    }

    /// <summary>Shared words weigh by how much of both sides they are; a shared number (the 3 of Q3 and mca_3) adds half a word.</summary>
    private static double Likeness((HashSet<string> Words, HashSet<int> Numbers) column, (HashSet<string> Words, HashSet<int> Numbers) item)
    {
        var shared = column.Words.Intersect(item.Words).Count();
        var words = column.Words.Count + item.Words.Count == 0 ? 0 : 2.0 * shared / (column.Words.Count + item.Words.Count);
        var numbers = column.Numbers.Overlaps(item.Numbers) && column.Numbers.Count == 1 && item.Numbers.Count == 1 ? 0.5 : 0;
        // A number alone (Q3 and mca03) is too weak to guess from: two instruments' third items share it.
        return shared == 0 ? 0 : words + numbers;
    }

    private static (HashSet<string> Words, HashSet<int> Numbers) Words(params string?[] texts)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var numbers = new HashSet<int>();
        foreach (var text in texts)
        {
            if (string.IsNullOrWhiteSpace(text)) continue;
            foreach (Match token in Token().Matches(text.ToLowerInvariant()))
            {
                if (int.TryParse(token.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)) numbers.Add(number);
                else if (token.Value.Length >= 3 && !Common.Contains(token.Value)) words.Add(token.Value);
            }
        }

        return (words, numbers);
    }

    /// <summary>Words too common in questions to tell one from another.</summary>
    private static readonly HashSet<string> Common = ["the", "and", "for", "with", "you", "your", "this", "that", "are", "was", "has", "have", "how", "what"];

    [GeneratedRegex(@"\p{L}+|\d+")]
    private static partial Regex Token();
}
