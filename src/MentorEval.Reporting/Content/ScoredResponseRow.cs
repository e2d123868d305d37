using MentorEval.Core.Pairs;

namespace MentorEval.Reporting.Content;

/// <summary>
/// One stored response of the cohort with its scale scores (NaN = too few answers, or withheld by the small-cell rule),
/// under pseudonyms (<see cref="Pseudonyms"/>): the sheet of individual scores shows no respondent or pair id, and
/// the day of submission (UTC) but not its time. <see cref="Role"/> is null for a response stored without a role.
/// </summary>
public sealed record ScoredResponseRow(
    string Respondent,
    string Pair,
    Role? Role,
    string Wave,
    string Instrument,
    DateOnly? SubmittedOn,
    IReadOnlyList<double> Scores);
