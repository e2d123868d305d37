namespace MentorEval.Import.Sample;

/// <summary>
/// The index of a written sample program (program.json): the roster and each survey file with what it holds,
/// so that a demo or a user knows which --instrument, --wave and --role each file needs.
/// </summary>
public sealed record SampleManifest(string Description, int Seed, string Roster, IReadOnlyList<SampleManifest.SurveyFile> Surveys)
{
    public sealed record SurveyFile(string File, string Instrument, string Wave, string Format, string? Role, int Responses);
}
