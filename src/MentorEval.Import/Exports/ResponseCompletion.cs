namespace MentorEval.Import.Exports;

/// <summary>Whether the respondent reached the end of the survey, as far as the export says.</summary>
public enum ResponseCompletion
{
    /// <summary>The export does not say (SurveyMonkey, generic, REDCap rows without a form status).</summary>
    Unknown,

    /// <summary>Qualtrics <c>Finished</c> = 1/TRUE or <c>Progress</c> = 100; REDCap form status 2 (Complete) or 1 (Unverified);
    /// every Google Forms row (Google stores only submitted responses).</summary>
    Complete,

    /// <summary>Qualtrics <c>Finished</c> = 0/FALSE or <c>Progress</c> below 100; REDCap form status 0 (Incomplete).</summary>
    Partial,
}
