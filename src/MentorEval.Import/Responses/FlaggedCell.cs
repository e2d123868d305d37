namespace MentorEval.Import.Responses;

/// <summary>A cell of a stored response that is worth checking (a date far outside the program's span, an unreadable
/// date kept as missing): the response was kept as the file gives it, and the reason says what to check.</summary>
public sealed record FlaggedCell(int Row, string Column, string Value, string Reason);
