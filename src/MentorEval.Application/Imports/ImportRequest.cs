using MentorEval.Core.Pairs;

namespace MentorEval.Application.Imports;

/// <summary>What a user asks of one import of survey responses, as plain values (option values already checked by the front end).</summary>
/// <param name="File">The export, relative to the workspace's folder or absolute.</param>
/// <param name="Format">auto (or null), qualtrics, qualtrics-legacy, redcap, surveymonkey, googleforms, typeform or generic: see <see cref="ExportFormats"/>.</param>
/// <param name="RespondentColumn">The column naming each participant; wins over the mapping file's "respondent".</param>
/// <param name="MapFile">A JSON file mapping columns to item ids.</param>
/// <param name="KeepUnreadableDates">Store a row whose submitted time is not a date (without a time, flagged) instead of rejecting it.</param>
/// <param name="EventWaves">REDCap event to wave.</param>
/// <param name="RejectsPath">Where rejected rows go; null: FILE.rejects.csv beside the export.</param>
/// <param name="IncludeTestResponses">Take Qualtrics test and preview responses as real ones.</param>
public sealed record ImportRequest(
    string File,
    string InstrumentId,
    string? Format = null,
    string? RespondentColumn = null,
    string? MapFile = null,
    string? Wave = null,
    string? Cohort = null,
    Role? Role = null,
    UnfinishedResponses Partial = UnfinishedResponses.Keep,
    bool KeepUnreadableDates = false,
    IReadOnlyList<string>? MissingCodes = null,
    IReadOnlyDictionary<string, string>? EventWaves = null,
    bool Strict = false,
    bool Replace = false,
    bool DryRun = false,
    string? RejectsPath = null,
    bool IncludeTestResponses = false);

/// <summary>What to do with a response the survey tool marks unfinished.</summary>
public enum UnfinishedResponses
{
    /// <summary>Store it, flagged.</summary>
    Keep,

    /// <summary>Leave it out, counted as skipped.</summary>
    Skip,
}
