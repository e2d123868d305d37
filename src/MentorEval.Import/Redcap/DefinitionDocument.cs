using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MentorEval.Import.Redcap;

/// <summary>
/// The instrument definition exactly as it is written to JSON: the shape <c>InstrumentDefinition.Parse</c> reads,
/// with defaults left out (a numeric kind, a rating type, reverse = false) so the file stays short.
/// </summary>
internal sealed record DefinitionDocument(
    [property: JsonPropertyName("$schema")] string Schema,
    string Id,
    string Version,
    string Title,
    string? Description,
    string? Citation,
    IReadOnlyList<string> Roles,
    IReadOnlyList<DefinitionDocument.ResponseScaleEntry>? ResponseScales,
    IReadOnlyList<DefinitionDocument.ItemEntry> Items,
    IReadOnlyList<DefinitionDocument.ScaleEntry>? Scales)
{
    public const string SchemaPath = "schema/instrument.schema.json";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Labels are read by people: keep "don't" and "é" as they are rather than \u0027 and \u00e9.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions) + "\n";

    /// <param name="Kind">Null for numeric (the default), "nominal" for letter codes.</param>
    public sealed record ResponseScaleEntry(
        string Id,
        string? Kind,
        double? Min,
        double? Max,
        IReadOnlyList<LabelEntry> Labels,
        IReadOnlyList<string>? MissingCodes)
    {
        /// <summary>What makes two fields' answers the same: everything but the id.</summary>
        public string ContentKey() => JsonSerializer.Serialize(this with { Id = "" }, JsonOptions);
    }

    /// <summary>Numeric scales key labels by <see cref="Value"/>, nominal ones by <see cref="Code"/>.</summary>
    public sealed record LabelEntry(double? Value, string? Code, string Label);

    /// <param name="Type">Null for rating items (the default).</param>
    /// <param name="Reverse">Null unless reverse-keyed.</param>
    public sealed record ItemEntry(
        string Id,
        string Text,
        string? Type,
        string? ResponseScale,
        bool? Reverse,
        int? Max,
        IReadOnlyList<string>? Aliases);

    public sealed record ScaleEntry(string Id, string Title, IReadOnlyList<string> Items, string Method, int MinAnswered);
}
