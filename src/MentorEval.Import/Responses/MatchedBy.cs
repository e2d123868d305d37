namespace MentorEval.Import.Responses;

/// <summary>How a column was recognised as an item, in the order the mapper tries.</summary>
public enum MatchedBy
{
    /// <summary>The user's mapping file said so.</summary>
    MapFile,

    /// <summary>The column is named like the item's id.</summary>
    ItemId,

    /// <summary>The column's name or the tool's id for it (Qualtrics ImportId) is one of the item's aliases.</summary>
    Alias,

    /// <summary>The question text in the export is the item's text (ignoring case, spacing and end punctuation).</summary>
    QuestionText,
}
