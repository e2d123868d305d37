namespace MentorEval.Import.Responses;

/// <summary>One reason a row was rejected: the file row, the column (empty for the row as a whole), the value and why.</summary>
public sealed record RejectedCell(int Row, string Column, string Value, string Reason);
