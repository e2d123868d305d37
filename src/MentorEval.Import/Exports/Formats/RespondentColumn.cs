using System.Text.RegularExpressions;

namespace MentorEval.Import.Exports;

/// <summary>
/// The column the caller named to hold the program's id of each respondent (<see cref="ExportReadOptions.RespondentColumn"/>),
/// found among the columns a format described: by its name first (names are unique), then by its header, question
/// text or survey-tool id, ignoring case and surrounding spaces.
/// </summary>
internal static partial class RespondentColumn
{
    // More than this many columns would bury the ones that matter in the message.
    private const int MaxListed = 12;
    private const int MaxClosest = 3;

    /// <summary>Reads the named column as the participant id, in place of any the format found; returns what is wrong
    /// with the name instead when it matches no column, several, or one that already means something else.</summary>
    public static string? Apply(List<ExportColumn> columns, string asked, int headerRow)
    {
        var name = asked.Trim();
        var byName = columns.FindIndex(c => HeaderCells.Is(c.Name, name));
        var matches = byName >= 0
            ? [byName]
            : Enumerable.Range(0, columns.Count).Where(i => OtherNames(columns[i]).Any(n => HeaderCells.Is(n, name))).ToList();
        if (matches.Count == 0)
        {
            return NotFound(columns, name, headerRow);
        }

        if (matches.Count > 1)
        {
            var several = matches.Select(i => columns[i]).ToList();
            return $"The respondent column \"{name}\" is the header or question of several columns: {List(several)}. "
                + $"Name the one that holds the respondents' ids by its column name, e.g. \"{several[0].Name}\".";
        }

        var chosen = columns[matches[0]];
        if (Meaning(chosen.Kind) is { } meaning)
        {
            return $"The respondent column \"{name}\" is column {chosen.Reference}, which holds {meaning}. "
                + "Name the column that holds each respondent's participant code instead.";
        }

        for (var i = 0; i < columns.Count; i++)
        {
            // The tool's own participant field (ExternalReference, Custom Data 1) gives way to the column named.
            if (columns[i].Kind == ColumnKind.ParticipantId)
            {
                columns[i] = columns[i] with { Kind = ColumnKind.Metadata };
            }
        }

        columns[matches[0]] = chosen with { Kind = ColumnKind.ParticipantId };
        return null;
    }

    private static string NotFound(List<ExportColumn> columns, string name, int headerRow)
    {
        var closest = Closest(columns, name);
        var listed = columns.Count <= MaxListed ? $" The columns are {List(columns)}."
            : closest.Count > 0 ? $" The file has {columns.Count} columns; the header (row {headerRow}) names them all."
            : $" The first {MaxListed} of its {columns.Count} columns are {List(columns.Take(MaxListed))}.";
        return $"The respondent column \"{name}\" is not in this file."
            + (closest.Count > 0 ? $" Closest: {List(closest)}." : "")
            + listed
            + " Give the column's name or header as the file writes it (case and surrounding spaces do not matter).";
    }

    /// <summary>The columns sharing most words with the name asked: people shorten headers ("participant code") more than they misspell them.</summary>
    private static List<ExportColumn> Closest(List<ExportColumn> columns, string name)
    {
        var asked = Words(name);
        return columns
            .Select(c => (Column: c, Shared: AllNames(c).Max(n => Words(n).Count(asked.Contains))))
            .Where(c => c.Shared > 0)
            .OrderByDescending(c => c.Shared)
            .Take(MaxClosest)
            .Select(c => c.Column)
            .ToList();
    }

    private static HashSet<string> Words(string text) =>
        Word().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToHashSet();

    private static IEnumerable<string> AllNames(ExportColumn column) => [column.Name, .. OtherNames(column)];

    private static IEnumerable<string> OtherNames(ExportColumn column)
    {
        if (column.Header.Length > 0) yield return column.Header;
        yield return column.Text;
        if (column.VendorId is { Length: > 0 } vendor) yield return vendor;
    }

    /// <summary>How a column is shown in a list: with its question when the name does not say it (<c>"Q1" (R, "Your participant code")</c>).</summary>
    private static string List(IEnumerable<ExportColumn> columns) =>
        string.Join(", ", columns.Select(c => c.QuestionText is { } question && !c.Name.Contains(question, StringComparison.OrdinalIgnoreCase)
            ? $"\"{c.Name}\" ({c.Letter}, \"{HeaderCells.Quote(c.Text)}\")"
            : c.Reference));

    /// <summary>What a column the format interprets holds, in words; null for a column that may carry the respondent id.</summary>
    private static string? Meaning(ColumnKind kind) => kind switch
    {
        ColumnKind.Answer or ColumnKind.Metadata or ColumnKind.RespondentId or ColumnKind.ParticipantId => null,
        ColumnKind.PairId => "the pair",
        ColumnKind.Role => "the role",
        ColumnKind.Wave => "the wave",
        ColumnKind.SubmittedAt => "when the response was submitted",
        ColumnKind.Status => "whether the response is real or a preview or test",
        ColumnKind.Event => "the REDCap event",
        ColumnKind.RepeatInstrument or ColumnKind.RepeatInstance => "the REDCap repeating form",
        _ => "whether the response was finished",
    };

    [GeneratedRegex(@"[\p{L}\p{N}]{2,}")]
    private static partial Regex Word();
}
