using MentorEval.Core.Pairs;

namespace MentorEval.Import.Responses;

/// <summary>What the user said about a response file beyond what the file itself says.</summary>
public sealed record ResponseImportOptions
{
    /// <summary>The wave of every response (--wave); when null each row needs a wave column or a REDCap event.</summary>
    public string? Wave { get; init; }

    /// <summary>Only pairs of this cohort are accepted (--cohort).</summary>
    public string? Cohort { get; init; }

    /// <summary>The role of every respondent (--role), for exports of a one-role survey.</summary>
    public Role? Role { get; init; }

    public PartialPolicy Partial { get; init; } = PartialPolicy.Keep;

    /// <summary>
    /// Take Qualtrics test and preview responses (Status "Survey Test", "Survey Preview") as real ones
    /// (--include-test-responses): a program that piloted its survey with them, or a file that holds only those.
    /// Spam stays skipped.
    /// </summary>
    public bool IncludeTestResponses { get; init; }

    /// <summary>
    /// Keep a response whose submitted time cannot be read (not a date, no such day, a placeholder such as 0001-01-01)
    /// without a time, its text kept and the row flagged; otherwise such a row is rejected. The command line sets it when
    /// <c>--partial keep</c> is given explicitly: keeping what is incomplete was asked for.
    /// </summary>
    public bool KeepUnreadableDates { get; init; }

    /// <summary>The clock that says when the import runs: a submitted time more than a year after it is flagged.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Codes meaning "missing" anywhere in this file (--missing), besides each response scale's own.</summary>
    public IReadOnlyList<string> MissingCodes { get; init; } = [];

    /// <summary>REDCap event → wave names (--event-wave). Unlisted events lose their "_arm_N" suffix.</summary>
    public IReadOnlyDictionary<string, string> EventWaves { get; init; } = new Dictionary<string, string>();

    public ColumnMap Map { get; init; } = ColumnMap.Empty;
}
