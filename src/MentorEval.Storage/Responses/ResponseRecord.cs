using MentorEval.Core.Pairs;

namespace MentorEval.Storage.Responses;

/// <summary>
/// One respondent's answers to one instrument at one wave. Item values are packed (see <see cref="ItemValues"/>)
/// rather than stored one row per item: a million responses of a 26-item instrument would otherwise be
/// 26 million rows, far too slow to import and read back.
/// </summary>
public sealed class ResponseRecord
{
    public long Id { get; set; }

    public int BatchId { get; set; }

    public ImportBatchRecord? Batch { get; set; }

    public required string RespondentId { get; set; }

    public int? PairRowId { get; set; }

    /// <summary>
    /// The roster's pair id, or "" for a response not linked to a pair. Part of the duplicate key, because a mentor
    /// with two mentees answers the same instrument once per relationship.
    /// </summary>
    public required string PairKey { get; set; }

    public Role? Role { get; set; }

    public int WaveId { get; set; }

    /// <summary>The instrument's id (not version), so a respondent answers an instrument once per wave across versions.</summary>
    public required string InstrumentId { get; set; }

    public int InstrumentVersionId { get; set; }

    /// <summary>REDCap repeat instance (1 when the instrument is not repeated within a wave).</summary>
    public int RepeatInstance { get; set; } = 1;

    public DateTimeOffset? SubmittedAt { get; set; }

    /// <summary>The survey tool said the response was not finished.</summary>
    public bool Partial { get; set; }

    /// <summary>The line of the source file the response came from.</summary>
    public int SourceRow { get; set; }

    /// <summary>Item values in the instrument version's item order, packed by <see cref="ItemValueCodec"/>.</summary>
    public required byte[] ItemValues { get; set; }

    /// <summary>
    /// The original answer text of every item cell, exactly as in the file, in the same order: with
    /// <see cref="ItemValues"/>, by <see cref="AnswerTextCodec"/> (only the texts the values do not already say).
    /// </summary>
    public required string OriginalAnswers { get; set; }
}
