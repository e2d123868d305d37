namespace MentorEval.Import.Roster;

/// <summary>Something wrong in a roster file: the row (line in the file, 0 for the file as a whole), the column and a fix.</summary>
public sealed record RosterProblem(string File, int Row, string Column, string Message)
{
    public override string ToString() => Row == 0 ? $"{File}: {Message}" : $"{File}, row {Row}, column {Column}: {Message}";
}
