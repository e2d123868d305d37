namespace MentorEval.Import.Responses;

/// <summary>What to do with responses the survey tool marks unfinished (Qualtrics Finished=0, REDCap form not complete).</summary>
public enum PartialPolicy
{
    /// <summary>Import them, flagged as partial; scale scores still need each scale's minimum of answered items.</summary>
    Keep,

    /// <summary>Skip them and count them as skipped.</summary>
    Skip,
}
