namespace MentorEval.Import.Exports;

/// <summary>Why a row is not a real response (from the Qualtrics <c>Status</c> column). Such rows must not be imported.</summary>
public enum SkipReason
{
    /// <summary>Status 1, "Survey Preview": the author previewing the survey.</summary>
    SurveyPreview,

    /// <summary>Status 2, "Survey Test": generated test responses.</summary>
    SurveyTest,

    /// <summary>Status 8, "Spam".</summary>
    Spam,

    /// <summary>Status 9, "Preview Spam".</summary>
    PreviewSpam,

    /// <summary>Status 17, "Offline Survey Preview".</summary>
    OfflinePreview,
}
