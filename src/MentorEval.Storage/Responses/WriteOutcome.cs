namespace MentorEval.Storage.Responses;

public enum WriteOutcome
{
    Inserted,

    /// <summary>An earlier batch's response for the same respondent, pair, instrument, wave and repeat was replaced (--replace).</summary>
    Replaced,

    /// <summary>A response for the same respondent, pair, instrument, wave and repeat already exists (or came earlier in this file).</summary>
    Duplicate,
}
