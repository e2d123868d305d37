using System.Text.RegularExpressions;
using MentorEval.Core.Diagnostics;
using MentorEval.Core.Instruments;
using MentorEval.Import.Exports;

namespace MentorEval.Import.Responses;

/// <summary>
/// Finds the column of each item, trying in order: the user's mapping file, the item id, the item's aliases
/// (against column names and vendor ids such as Qualtrics ImportIds), and the question text. A column serves at most
/// one item; what is left unmapped on either side is reported, never silently dropped.
/// </summary>
public static partial class ColumnMapper
{
    /// <param name="file">The export's name, for the diagnostics of a mapping that cannot be used.</param>
    public static ColumnMapping Map(Instrument instrument, IReadOnlyList<ExportColumn> answerColumns, ColumnMap map, string file = "")
    {
        var problems = new List<Diagnostic>();
        var mapped = new List<ItemColumn>();
        var freeColumns = answerColumns.Where(c => !map.Ignore.Any(i => Names(c).Contains(i, StringComparer.OrdinalIgnoreCase))).ToList();
        var freeItems = instrument.Items.Select((item, index) => (Item: item, Index: index)).ToList();

        void Take((Item Item, int Index) item, ExportColumn column, MatchedBy by)
        {
            mapped.Add(new ItemColumn(item.Item, item.Index, column, by));
            freeItems.Remove(item);
            freeColumns.Remove(column);
        }

        foreach (var (key, itemId) in map.Columns)
        {
            var item = freeItems.FirstOrDefault(i => i.Item.Id == itemId);
            var column = freeColumns.FirstOrDefault(c => Names(c).Contains(key, StringComparer.OrdinalIgnoreCase));
            if (item.Item is null)
                problems.Add(new Diagnostic(file, DiagnosticCodes.Input.MapInvalid, $"The mapping file maps \"{key}\" to \"{itemId}\", which is not an item of {instrument.Id} (or is mapped twice).")
                {
                    Fix = "Map each column to an item id of the instrument, once.", Value = itemId,
                });
            else if (column is null)
                problems.Add(new Diagnostic(file, DiagnosticCodes.Input.MapInvalid, $"The mapping file names column \"{key}\", which is not an answer column of this file (or is used twice).")
                {
                    Fix = "Name each column as the export's header does, once.", Value = key,
                });
            else
                Take(item, column, MatchedBy.MapFile);
        }

        MatchByName(freeItems, freeColumns, i => [i.Id], MatchedBy.ItemId, Take);
        MatchByName(freeItems, freeColumns, i => i.Aliases, MatchedBy.Alias, Take);
        foreach (var (item, options) in OptionGroups(instrument, freeItems, freeColumns))
        {
            mapped.Add(new ItemColumn(item.Item, item.Index, options[0], MatchedBy.QuestionText) { Options = options });
            freeItems.Remove(item);
            freeColumns.RemoveAll(options.Contains);
        }

        MatchByText(freeItems, freeColumns, Take);

        if (mapped.Count == 0 && problems.Count == 0)
            problems.Add(new Diagnostic(file, DiagnosticCodes.Input.ColumnsUnmatched,
                $"No column of this file matches an item of \"{instrument.Id}\" (by id, alias, survey-tool id or question text).")
            {
                Fix = "Check --instrument, or give a mapping file with --map.",
            });
        return new ColumnMapping(mapped.OrderBy(m => m.ItemIndex).ToList(), freeColumns, freeItems.Select(i => i.Item).ToList(), problems);
    }

    private static void MatchByName(List<(Item Item, int Index)> items, List<ExportColumn> columns,
        Func<Item, IEnumerable<string>> namesOf, MatchedBy by, Action<(Item, int), ExportColumn, MatchedBy> take)
    {
        foreach (var item in items.ToList())
        {
            var names = namesOf(item.Item).ToList();
            var column = columns.FirstOrDefault(c => Names(c).Any(n => names.Contains(n, StringComparer.OrdinalIgnoreCase)));
            if (column is not null) take(item, column, by);
        }
    }

    /// <summary>
    /// Question text matches only when it is unambiguous: one column and one item with that text. A header with bytes
    /// that were not UTF-8 (a tool that wrote one header in MacRoman) has other characters where the item's text has
    /// accented ones, so when no column has the exact text, one whose text differs only in non-ASCII characters matches.
    /// </summary>
    private static void MatchByText(List<(Item Item, int Index)> items, List<ExportColumn> columns, Action<(Item, int), ExportColumn, MatchedBy> take)
    {
        foreach (var item in items.ToList())
        {
            var text = Normalize(item.Item.Text);
            if (items.Count(i => Normalize(i.Item.Text) == text) > 1) continue;
            var candidates = columns.Where(c => Texts(c).Any(t => Normalize(t) == text)).ToList();
            if (candidates.Count == 0 && Loose(text) is var loose && loose != text)
                candidates = columns.Where(c => Texts(c).Any(t => Loose(Normalize(t)) == loose)).ToList();
            if (candidates.Count == 1) take(item, candidates[0], MatchedBy.QuestionText);
        }
    }

    /// <summary>The text with every character outside ASCII as "?": what survives a header written in another encoding.</summary>
    private static string Loose(string text) => string.Create(text.Length, text, (span, t) =>
    {
        for (var i = 0; i < t.Length; i++) span[i] = char.IsAscii(t[i]) ? t[i] : '?';
    });

    /// <summary>
    /// Older SurveyMonkey exports split even a one-answer question into one column per option (each cell holds the
    /// option's label or is empty). Such a group is the item whose text is the group's question and whose response
    /// scale labels every column's option; its answer is the one cell filled.
    /// </summary>
    private static List<((Item Item, int Index) Item, List<ExportColumn> Options)> OptionGroups(Instrument instrument, List<(Item Item, int Index)> items, List<ExportColumn> columns)
    {
        var groups = new List<((Item, int), List<ExportColumn>)>();
        foreach (var item in items)
        {
            var labels = instrument.ResponseScaleOf(item.Item)?.Labels.Select(l => Normalize(l.Text)).ToHashSet();
            if (labels is null) continue;
            var text = Normalize(item.Item.Text);
            var options = columns.Where(c => c.QuestionText is { } q && Normalize(q) == text && c.RowLabel is not null).ToList();
            if (options.Count > 1 && options.All(c => labels.Contains(Normalize(c.RowLabel!)))) groups.Add((item, options));
        }

        return groups;
    }

    private static IEnumerable<string> Names(ExportColumn column)
    {
        yield return column.Name;
        if (column.Header.Length > 0) yield return column.Header;
        if (column.VendorId is { Length: > 0 } vendor) yield return vendor;
    }

    private static IEnumerable<string> Texts(ExportColumn column)
    {
        yield return column.Text;
        if (column.RowLabel is { } row) yield return row;
        if (column.QuestionText is { } question) yield return question;
        yield return column.Name;
    }

    /// <summary>"How clear were expectations? " and "how clear were expectations" are the same question.</summary>
    internal static string Normalize(string text) => Punctuation().Replace(Spaces().Replace(text.Trim(), " "), "").ToLowerInvariant();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"[\s\.\?\!:;]+$")]
    private static partial Regex Punctuation();
}
