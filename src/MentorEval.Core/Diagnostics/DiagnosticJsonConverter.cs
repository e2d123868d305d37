using System.Text.Json;
using System.Text.Json.Serialization;

namespace MentorEval.Core.Diagnostics;

/// <summary>A <see cref="Diagnostic"/> as JSON: every field of <see cref="DiagnosticText.Fields"/>, always present
/// (null when the problem has none), whatever the serializer's naming policy, so the names are a contract.</summary>
public sealed class DiagnosticJsonConverter : JsonConverter<Diagnostic>
{
    public override void Write(Utf8JsonWriter writer, Diagnostic value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        var cells = DiagnosticText.Cells(value);
        for (var i = 0; i < cells.Length; i++)
        {
            var name = DiagnosticText.Fields[i];
            if (name == "row" && value.Row is { } row) writer.WriteNumber(name, row);
            else if (cells[i] is { } text) writer.WriteString(name, text);
            else writer.WriteNull(name);
        }

        writer.WriteEndObject();
    }

    public override Diagnostic Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var o = document.RootElement;
        string? Text(string name) => o.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
        return new Diagnostic(Text("file") ?? "", Text("code") ?? "", Text("message") ?? "")
        {
            Row = o.TryGetProperty("row", out var row) && row.ValueKind == JsonValueKind.Number ? row.GetInt32() : null,
            Column = Text("column"),
            Severity = Text("severity") == "warning" ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error,
            Fix = Text("fix"),
            Item = Text("item"),
            Value = Text("value"),
        };
    }
}
