namespace MentorEval.Reporting.Content;

/// <summary>
/// One stored response of the cohort with its scale scores (NaN = too few answers), under pseudonyms
/// (<see cref="Pseudonyms"/>): the sheet of individual scores shows no respondent or pair id.
/// </summary>
public sealed record ScoredResponseRow(
    string Respondent,
    string Pair,
    string Role,
    string Wave,
    string Instrument,
    DateTimeOffset? SubmittedAt,
    IReadOnlyList<double> Scores);
