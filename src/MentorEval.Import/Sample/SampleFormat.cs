namespace MentorEval.Import.Sample;

/// <summary>Which survey tool's export the sample program imitates.</summary>
public enum SampleFormat
{
    /// <summary>MentorEval's own layout: respondent_id,pair_id,role,wave,submitted_at then item ids.</summary>
    Generic,

    /// <summary>Qualtrics' current exporter with choice text: three header rows, one survey per role.</summary>
    Qualtrics,

    /// <summary>A REDCap longitudinal record export with raw codes: record_id, redcap_event_name, fields, form_complete.</summary>
    Redcap,
}
