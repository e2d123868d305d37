using System.Text;
using System.Text.Json;
using MentorEval.Core.Pairs;

namespace MentorEval.Storage.Roster;

/// <summary>
/// A pair's roster attributes as the pairs table stores them: one JSON object of text values in the roster's column
/// order (a program's extra columns differ from program to program, so they are not columns of the table); null when the
/// roster has no extra columns.
/// </summary>
public static class RosterAttributesJson
{
    public static string? Write(RosterAttributes attributes)
    {
        if (attributes.Values.Count == 0) return null;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            foreach (var (name, value) in attributes.Values) json.WriteString(name, value);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static RosterAttributes Read(string? stored)
    {
        if (string.IsNullOrEmpty(stored)) return RosterAttributes.None;
        using var json = JsonDocument.Parse(stored);
        return new RosterAttributes(json.RootElement.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value.GetString() ?? "")).ToList());
    }
}
