using System.Text.Json;

namespace MentorEval.Import.Responses;

/// <summary>
/// A user's explicit column → item mapping (--map MAP.json), for exports whose columns MentorEval cannot recognise:
/// <c>{ "columns": { "Q5_1": "mca01", "How clear were expectations?": "mca07" }, "ignore": ["Q99"] }</c>.
/// A key may be the column's name, its header or the survey tool's id for it.
/// </summary>
public sealed record ColumnMap(IReadOnlyDictionary<string, string> Columns, IReadOnlyList<string> Ignore)
{
    public static ColumnMap Empty { get; } = new(new Dictionary<string, string>(), []);

    /// <summary>Reads a mapping file; returns null with a message saying what is wrong.</summary>
    public static ColumnMap? Parse(string json, string source, out string? problem)
    {
        problem = null;
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("columns", out var columns) || columns.ValueKind != JsonValueKind.Object)
            {
                problem = $"{source}: a mapping file is an object with \"columns\": {{ \"<column>\": \"<item id>\" }} (and optionally \"ignore\": [\"<column>\"]).";
                return null;
            }

            var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var property in columns.EnumerateObject())
            {
                if (property.Value.ValueKind != JsonValueKind.String)
                {
                    problem = $"{source}: column \"{property.Name}\" must map to an item id in quotes.";
                    return null;
                }

                map[property.Name] = property.Value.GetString()!;
            }

            var ignore = root.TryGetProperty("ignore", out var ignored) && ignored.ValueKind == JsonValueKind.Array
                ? ignored.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList()
                : [];
            return new ColumnMap(map, ignore);
        }
        catch (JsonException e)
        {
            problem = $"{source} is not valid JSON (line {(e.LineNumber ?? 0) + 1}): check for a missing comma, quote or bracket.";
            return null;
        }
    }
}
