namespace MentorEval.Core.Retention;

/// <summary>
/// Early closures of one family (null = reasons the table does not map) in one slice: a group, or the month of the
/// match in which the pairs ended (1 = the first month), or all closures (both null). Share is of the slice's closures.
/// </summary>
public sealed record ReasonCount(string? Group, int? MonthEnded, ClosureReasonFamily? Family, int Closures, double Share);
