using System.Globalization;
using System.Text.Json;
using MentorEval.Core.Diagnostics;
using MentorEval.Core.Pairs;

namespace MentorEval.Core.Instruments;

/// <summary>
/// Turns definition JSON into an <see cref="Instrument"/>, collecting every shape problem (wrong type,
/// missing or unknown property) with its JSON path instead of stopping at the first one.
/// Cross-references (unknown items, bad ranges) are checked afterwards by <see cref="DefinitionValidator"/>.
/// </summary>
internal sealed class DefinitionReader(string source)
{
    private readonly List<Diagnostic> problems = [];

    public IReadOnlyList<Diagnostic> Problems => problems;

    private static readonly JsonDocumentOptions JsonOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    public Instrument? Read(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, JsonOptions);
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            var column = (int)(e.BytePositionInLine ?? 0) + 1;
            problems.Add(new Diagnostic(source, DiagnosticCodes.Definition.NotJson,
                $"The file is not valid JSON (line {line}, column {column}): {FirstSentence(e.Message)}")
            {
                Row = line,
                Column = column.ToString(CultureInfo.InvariantCulture),
                Fix = "Check for a missing comma, quote or bracket near that position.",
            });
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                Error("$", "A definition must be a JSON object ({ ... }).");
                return null;
            }

            return ReadInstrument(root);
        }
    }

    private Instrument ReadInstrument(JsonElement root)
    {
        const string path = "$";
        CheckKnown(root, path, "$schema", "id", "version", "title", "description", "citation", "license",
            "roles", "languages", "translations", "responseScales", "items", "scales");

        OptionalString(root, "$schema", path);
        return new Instrument(
            Id: RequiredString(root, "id", path),
            Version: RequiredString(root, "version", path),
            Title: RequiredString(root, "title", path),
            Description: OptionalString(root, "description", path),
            Citation: OptionalString(root, "citation", path),
            License: OptionalString(root, "license", path),
            Roles: Roles(root, path),
            Languages: StringArray(root, "languages", path, required: false),
            TitleTranslations: ReadTranslations(root, path),
            ResponseScales: ObjectArray(root, "responseScales", path, required: false, ReadResponseScale),
            Items: ObjectArray(root, "items", path, required: true, ReadItem),
            Scales: ObjectArray(root, "scales", path, required: false, ReadScale));
    }

    private ResponseScale ReadResponseScale(JsonElement e, string path)
    {
        CheckKnown(e, path, "id", "kind", "min", "max", "labels", "missingCodes");
        var kind = Enum(e, "kind", path, ResponseScaleKind.Numeric);
        var isNumeric = kind == ResponseScaleKind.Numeric;
        double? min = null, max = null;
        if (isNumeric)
        {
            min = RequiredNumber(e, "min", path);
            max = RequiredNumber(e, "max", path);
        }
        else
        {
            Forbid(e, path, "min", "a nominal scale has no numeric range");
            Forbid(e, path, "max", "a nominal scale has no numeric range");
        }

        var labels = ObjectArray(e, "labels", path, required: !isNumeric, (l, p) => ReadLabel(l, p, isNumeric));
        return new ResponseScale(RequiredString(e, "id", path), kind, min, max, labels,
            StringArray(e, "missingCodes", path, required: false));
    }

    private ResponseLabel ReadLabel(JsonElement e, string path, bool numericScale)
    {
        CheckKnown(e, path, "value", "code", "label", "translations");
        var text = RequiredString(e, "label", path);
        var translations = ReadTranslations(e, path);
        if (numericScale)
        {
            Forbid(e, path, "code", "labels of a numeric scale are keyed by \"value\"");
            var value = RequiredNumber(e, "value", path);
            return new ResponseLabel(FormatNumber(value), value, text, translations);
        }

        Forbid(e, path, "value", "labels of a nominal scale are keyed by \"code\"");
        return new ResponseLabel(RequiredString(e, "code", path), null, text, translations);
    }

    private Item ReadItem(JsonElement e, string path)
    {
        CheckKnown(e, path, "id", "text", "type", "responseScale", "reverse", "max", "aliases", "translations");
        return new Item(
            Id: RequiredString(e, "id", path),
            Text: RequiredString(e, "text", path),
            Type: Enum(e, "type", path, ItemType.Rating),
            ResponseScaleId: OptionalString(e, "responseScale", path),
            Reverse: OptionalBool(e, "reverse", path) ?? false,
            MaxCount: OptionalInt(e, "max", path),
            Aliases: StringArray(e, "aliases", path, required: false),
            TextTranslations: ReadTranslations(e, path));
    }

    private Scale ReadScale(JsonElement e, string path)
    {
        CheckKnown(e, path, "id", "title", "items", "method", "minAnswered", "minAnsweredShare",
            "higherIsBetter", "bands", "weights", "translations");
        return new Scale(
            Id: RequiredString(e, "id", path),
            Title: RequiredString(e, "title", path),
            ItemIds: StringArray(e, "items", path, required: true),
            Method: Enum(e, "method", path, ScoringMethod.Mean),
            MinAnswered: OptionalInt(e, "minAnswered", path),
            MinAnsweredShare: OptionalNumber(e, "minAnsweredShare", path),
            HigherIsBetter: OptionalBool(e, "higherIsBetter", path) ?? true,
            Bands: ObjectArray(e, "bands", path, required: false, ReadBand),
            WeightItems: StringMap(e, "weights", path),
            TitleTranslations: ReadTranslations(e, path));
    }

    private Band ReadBand(JsonElement e, string path)
    {
        CheckKnown(e, path, "upTo", "label", "concern");
        return new Band(RequiredNumber(e, "upTo", path), RequiredString(e, "label", path),
            OptionalBool(e, "concern", path) ?? false);
    }

    private Translations ReadTranslations(JsonElement e, string path)
    {
        var map = StringMap(e, "translations", path);
        return map.Count == 0 ? Translations.None : new Translations(map);
    }

    // ---- property helpers: each reports a problem and returns a harmless default, so reading goes on ----

    private string RequiredString(JsonElement obj, string name, string path) =>
        OptionalString(obj, name, path, required: true) ?? "";

    private string? OptionalString(JsonElement obj, string name, string path, bool required = false)
    {
        if (!Property(obj, name, path, required, out var value)) return null;
        if (value.ValueKind == JsonValueKind.String)
        {
            var text = value.GetString()!;
            if (required && string.IsNullOrWhiteSpace(text)) Error($"{path}.{name}", $"\"{name}\" must not be empty.");
            return text;
        }

        Error($"{path}.{name}", $"\"{name}\" must be a string, not {Describe(value)}.");
        return null;
    }

    private double RequiredNumber(JsonElement obj, string name, string path) =>
        OptionalNumber(obj, name, path, required: true) ?? 0;

    private double? OptionalNumber(JsonElement obj, string name, string path, bool required = false)
    {
        if (!Property(obj, name, path, required, out var value)) return null;
        if (value.ValueKind == JsonValueKind.Number) return value.GetDouble();
        Error($"{path}.{name}", $"\"{name}\" must be a number, not {Describe(value)}.");
        return null;
    }

    private int? OptionalInt(JsonElement obj, string name, string path)
    {
        if (!Property(obj, name, path, required: false, out var value)) return null;
        // 2.0 is as whole as 2: JSON does not distinguish them, so neither do we.
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var d) && d == Math.Floor(d) && Math.Abs(d) <= int.MaxValue)
            return (int)d;
        Error($"{path}.{name}", $"\"{name}\" must be a whole number, not {Describe(value)}.");
        return null;
    }

    private bool? OptionalBool(JsonElement obj, string name, string path)
    {
        if (!Property(obj, name, path, required: false, out var value)) return null;
        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False) return value.GetBoolean();
        Error($"{path}.{name}", $"\"{name}\" must be true or false, not {Describe(value)}.");
        return null;
    }

    private T Enum<T>(JsonElement obj, string name, string path, T fallback) where T : struct, System.Enum
    {
        var text = OptionalString(obj, name, path);
        if (text is null) return fallback;
        foreach (var candidate in System.Enum.GetValues<T>())
        {
            if (string.Equals(CamelCase(candidate.ToString()), text, StringComparison.Ordinal)) return candidate;
        }

        var allowed = string.Join(", ", System.Enum.GetValues<T>().Select(v => $"\"{CamelCase(v.ToString())}\""));
        Error($"{path}.{name}", $"\"{text}\" is not a known {name}; use one of {allowed}.");
        return fallback;
    }

    private IReadOnlyList<string> StringArray(JsonElement obj, string name, string path, bool required)
    {
        if (!Property(obj, name, path, required, out var value)) return [];
        if (value.ValueKind != JsonValueKind.Array)
        {
            Error($"{path}.{name}", $"\"{name}\" must be a list of strings, not {Describe(value)}.");
            return [];
        }

        var list = new List<string>();
        var index = 0;
        foreach (var element in value.EnumerateArray())
        {
            if (element.ValueKind == JsonValueKind.String) list.Add(element.GetString()!);
            else Error($"{path}.{name}[{index}]", $"Entries of \"{name}\" must be strings, not {Describe(element)}.");
            index++;
        }

        return list;
    }

    /// <summary>The roles, each written as its one text form ("mentor" or "mentee").</summary>
    private IReadOnlyList<Role> Roles(JsonElement root, string path)
    {
        var roles = new List<Role>();
        var names = StringArray(root, "roles", path, required: true);
        for (var i = 0; i < names.Count; i++)
        {
            if (RoleText.Parse(names[i]) is { } role && role.Name() == names[i]) roles.Add(role);
            else Error($"{path}.roles[{i}]", $"Unknown role \"{names[i]}\"; use \"mentor\" or \"mentee\".");
        }

        return roles;
    }

    private IReadOnlyDictionary<string, string> StringMap(JsonElement obj, string name, string path)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!Property(obj, name, path, required: false, out var value)) return map;
        if (value.ValueKind != JsonValueKind.Object)
        {
            Error($"{path}.{name}", $"\"{name}\" must be an object of string values, not {Describe(value)}.");
            return map;
        }

        foreach (var property in value.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.String) map[property.Name] = property.Value.GetString()!;
            else Error($"{path}.{name}.{property.Name}", $"Values of \"{name}\" must be strings, not {Describe(property.Value)}.");
        }

        return map;
    }

    private IReadOnlyList<T> ObjectArray<T>(JsonElement obj, string name, string path, bool required,
        Func<JsonElement, string, T> read)
    {
        if (!Property(obj, name, path, required, out var value)) return [];
        if (value.ValueKind != JsonValueKind.Array)
        {
            Error($"{path}.{name}", $"\"{name}\" must be a list, not {Describe(value)}.");
            return [];
        }

        var list = new List<T>();
        var index = 0;
        foreach (var element in value.EnumerateArray())
        {
            var elementPath = $"{path}.{name}[{index++}]";
            if (element.ValueKind == JsonValueKind.Object) list.Add(read(element, elementPath));
            else Error(elementPath, $"Entries of \"{name}\" must be objects, not {Describe(element)}.");
        }

        return list;
    }

    private bool Property(JsonElement obj, string name, string path, bool required, out JsonElement value)
    {
        if (obj.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null) return true;
        if (required) Error($"{path}.{name}", $"\"{name}\" is required.");
        return false;
    }

    private void Forbid(JsonElement obj, string path, string name, string why)
    {
        if (obj.TryGetProperty(name, out _)) Error($"{path}.{name}", $"\"{name}\" is not allowed here: {why}.");
    }

    private void CheckKnown(JsonElement obj, string path, params string[] known)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in obj.EnumerateObject())
        {
            if (!seen.Add(property.Name))
                Error($"{path}.{property.Name}", $"\"{property.Name}\" is given twice; keep one (otherwise only the last would count).");
            if (known.Contains(property.Name, StringComparer.Ordinal)) continue;
            var suggestion = known.MinBy(k => EditDistance(k, property.Name));
            var hint = suggestion is not null && EditDistance(suggestion, property.Name) <= 2
                ? $" Did you mean \"{suggestion}\"?"
                : $" Known properties here: {string.Join(", ", known)}.";
            Error($"{path}.{property.Name}", $"Unknown property \"{property.Name}\".{hint}");
        }
    }

    private void Error(string path, string message) => problems.Add(new Diagnostic(source, DiagnosticCodes.Definition.Shape, message) { Column = path });

    private static string Describe(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => $"the string \"{e.GetString()}\"",
        JsonValueKind.Number => $"the number {e.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"the boolean {e.GetRawText()}",
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        _ => "null",
    };

    private static string FirstSentence(string message)
    {
        // System.Text.Json appends "Path: …" or "LineNumber: … | BytePositionInLine: …" (0-based); we give our own 1-based position.
        var cuts = new[] { " Path:", " LineNumber:" }.Select(m => message.IndexOf(m, StringComparison.Ordinal)).Where(i => i > 0);
        var text = (cuts.Any() ? message[..cuts.Min()] : message).Trim();
        return text.EndsWith('.') ? text : text + ".";
    }

    internal static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    internal static string FormatNumber(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static int EditDistance(string a, string b)
    {
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
