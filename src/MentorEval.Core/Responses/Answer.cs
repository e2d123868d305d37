namespace MentorEval.Core.Responses;

/// <summary>
/// What one cell means for its item: a number (<see cref="Value"/>), deliberately missing (blank or a missing
/// code: NaN), kept without a number (free text, nominal codes: NaN), or not acceptable (<see cref="Problem"/>).
/// </summary>
public readonly record struct Answer(double Value, string? Problem)
{
    public static readonly Answer Missing = new(double.NaN, null);

    public bool IsAcceptable => Problem is null;

    public static Answer Invalid(string problem) => new(double.NaN, problem);
}
