using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MentorEval.Cli.App;

/// <summary>The JSON every --json option prints: camelCase, indented, nulls omitted, non-ASCII kept readable.</summary>
public static class Json
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static void Write(Terminal terminal, object value) =>
        terminal.Out.WriteLine(JsonSerializer.Serialize(value, value.GetType(), Options));
}
