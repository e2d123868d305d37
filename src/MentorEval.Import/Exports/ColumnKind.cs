namespace MentorEval.Import.Exports;

/// <summary>What a column of an export holds.</summary>
public enum ColumnKind
{
    /// <summary>An answer to a question; its cells appear in <see cref="ExportRow.Answers"/>.</summary>
    Answer,

    /// <summary>The id of the response or respondent: Qualtrics <c>ResponseId</c>, REDCap record id, SurveyMonkey <c>Respondent ID</c>,
    /// Google Forms <c>Email Address</c>, generic <c>respondent_id</c>.</summary>
    RespondentId,

    /// <summary>The participant's id in the program, when the tool carries one apart from its own response id
    /// (Qualtrics <c>ExternalReference</c>, legacy <c>ExternalDataReference</c>, SurveyMonkey <c>Custom Data 1</c>, a
    /// <c>respondent_id</c> or <c>participant_id</c> field the program added, or the column named by
    /// <see cref="ExportReadOptions.RespondentColumn"/>).</summary>
    ParticipantId,

    /// <summary>The mentoring pair (generic <c>pair_id</c>, or Qualtrics embedded data of that name).</summary>
    PairId,

    /// <summary>Mentor or mentee (generic <c>role</c>, or Qualtrics embedded data of that name).</summary>
    Role,

    /// <summary>The survey wave (generic <c>wave</c>, or Qualtrics embedded data of that name).</summary>
    Wave,

    /// <summary>When the response was submitted (Qualtrics <c>RecordedDate</c>, SurveyMonkey <c>End Date</c>, Google <c>Timestamp</c>,
    /// REDCap <c>&lt;form&gt;_timestamp</c>, generic <c>submitted_at</c>).</summary>
    SubmittedAt,

    /// <summary>Qualtrics <c>Status</c>: tells previews, tests and spam from real responses.</summary>
    Status,

    /// <summary>Qualtrics <c>Progress</c> (percent).</summary>
    Progress,

    /// <summary>Qualtrics <c>Finished</c> (1/0 or TRUE/FALSE).</summary>
    Finished,

    /// <summary>REDCap <c>&lt;form&gt;_complete</c> (0 incomplete, 1 unverified, 2 complete).</summary>
    FormStatus,

    /// <summary>REDCap <c>redcap_event_name</c>: the event (usually the wave) of a longitudinal project.</summary>
    Event,

    /// <summary>REDCap <c>redcap_repeat_instrument</c>.</summary>
    RepeatInstrument,

    /// <summary>REDCap <c>redcap_repeat_instance</c>.</summary>
    RepeatInstance,

    /// <summary>Anything else the tool records (IP address, duration, names, embedded data...): kept in
    /// <see cref="ExportRow.Cells"/> but not interpreted.</summary>
    Metadata,
}
