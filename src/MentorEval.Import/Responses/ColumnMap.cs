using System.Text.Json;

namespace MentorEval.Import.Responses;

/// <summary>
/// A user's explicit column → item mapping (--map MAP.json), for exports whose columns MentorEval cannot recognise:
/// <c>{ "respondent": "Your participant code", "columns": { "Q5_1": "mca01", "How clear were expectations?": "mca07" }, "ignore": ["Q99"] }</c>.
/// A key may be the column's name, its header or the survey tool's id for it. "columns" may be left out when
/// "respondent" is given.
/// </summary>
public sealed record ColumnMap(IReadOnlyDictionary<string, string> Columns, IReadOnlyList<string> Ignore)
{
    public static ColumnMap Empty { get; } = new(new Dictionary<string, string>(), []);

    /// <summary>The column that holds the program's id of each respondent (see <see cref="Exports.ExportReadOptions.RespondentColumn"/>).</summary>
    public string? Respondent { get; init; }

    /// <summary>Reads a mapping file; returns null with a message saying what is wrong.</summary>
    public static ColumnMap? Parse(string json, string source, out string? problem)
    {
        problem = null;
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            var root = document.RootElement;
            var shape = $"{source}: a mapping file is an object with \"columns\": {{ \"<column>\": \"<item id>\" }}, \"respondent\": \"<column>\" or both "
                        + "(and optionally \"ignore\": [\"<column>\"]).";
            if (root.ValueKind != JsonValueKind.Object)
            {
                problem = shape;
                return null;
            }

            string? respondent = null;
            if (root.TryGetProperty("respondent", out var named))
            {
                if (named.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(named.GetString()))
                {
                    problem = $"{source}: \"respondent\" must be the name or header of the column that holds each respondent's participant code, in quotes.";
                    return null;
                }

                respondent = named.GetString()!.Trim();
            }

            // A file may name only the respondent column; the items are then found as without a mapping file.
            var hasColumns = root.TryGetProperty("columns", out var columns);
            if (hasColumns ? columns.ValueKind != JsonValueKind.Object : respondent is null)
            {
                problem = shape;
                return null;
            }

            var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            if (hasColumns)
            {
                foreach (var property in columns.EnumerateObject())
                {
                    if (property.Value.ValueKind != JsonValueKind.String)
                    {
                        problem = $"{source}: column \"{property.Name}\" must map to an item id in quotes.";
                        return null;
                    }

                    map[property.Name] = property.Value.GetString()!;
                }
            }

            var ignore = root.TryGetProperty("ignore", out var ignored) && ignored.ValueKind == JsonValueKind.Array
                ? ignored.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList()
                : [];
            return new ColumnMap(map, ignore) { Respondent = respondent };
        }
        catch (JsonException e)
        {
            problem = $"{source} is not valid JSON (line {(e.LineNumber ?? 0) + 1}): check for a missing comma, quote or bracket.";
            return null;
        }
    }
}
