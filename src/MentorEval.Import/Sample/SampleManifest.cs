using System.Text.Json;

namespace MentorEval.Import.Sample;

/// <summary>
/// The index of a written sample program (program.json): the roster and each survey file with what it holds,
/// so that a demo or a user knows which --instrument, --wave and --role each file needs.
/// </summary>
public sealed record SampleManifest(string Description, int Seed, string Roster, IReadOnlyList<SampleManifest.SurveyFile> Surveys)
{
    public const string FileName = "program.json";

    internal static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public sealed record SurveyFile(string File, string Instrument, string Wave, string Format, string? Role, int Responses);

    /// <summary>Reads <c>FOLDER/program.json</c>; null with a reason when it is missing or not a manifest.</summary>
    public static SampleManifest? Read(string folder, out string? problem)
    {
        var path = Path.Combine(folder, FileName);
        problem = null;
        try
        {
            var manifest = JsonSerializer.Deserialize<SampleManifest>(File.ReadAllText(path), Json);
            if (manifest is { Roster: not null, Surveys: not null }) return manifest;
            problem = $"{path} is not a sample program index (it needs \"roster\" and \"surveys\"). Regenerate it with 'mentoreval sample generate --out {folder}'.";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            problem = $"Could not read {path}: {e.Message} Regenerate it with 'mentoreval sample generate --out {folder}'.";
        }

        return null;
    }
}
