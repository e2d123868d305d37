namespace MentorEval.Import.Exports;

/// <summary>The survey tool (and exporter) that wrote a CSV export; each lays out its header rows differently.</summary>
public enum ExportFormat
{
    /// <summary>Qualtrics' current exporter: column names, question text, then ImportId JSON; data from row 4.</summary>
    Qualtrics,

    /// <summary>Qualtrics' legacy exporter: <c>V1..V10</c> names over labels; data from row 3.</summary>
    QualtricsLegacy,

    /// <summary>A REDCap record export: one header row of variable names.</summary>
    Redcap,

    /// <summary>SurveyMonkey: question text over sub-labels (two header rows); data from row 3.</summary>
    SurveyMonkey,

    /// <summary>Google Forms responses downloaded as CSV: <c>Timestamp</c> first, question titles as headers.</summary>
    GoogleForms,

    /// <summary>Typeform responses as CSV: <c>#</c> (the response token), the questions, hidden fields, then
    /// <c>Start Date (UTC)</c>, <c>Submit Date (UTC)</c>, <c>Network ID</c>.</summary>
    Typeform,

    /// <summary>MentorEval's own layout: <c>respondent_id,pair_id,role,wave,submitted_at</c> then one column per item id.</summary>
    Generic,
}
