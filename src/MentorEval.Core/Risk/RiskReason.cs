namespace MentorEval.Core.Risk;

/// <summary>
/// One reason, in three parts so that reasons saying the same of different topics can be said once, naming them all
/// ("the mentee rated " + "communication" + " in the At risk band at the month-3 check-in").
/// </summary>
/// <param name="Topic">The scale or item the reason is about; empty when the reason is about no one topic.</param>
/// <param name="Absence">For a reason that says a side has not answered an instrument (in whichever words): the
/// instrument and the role, or "pair" when either side may be meant. Two such reasons say the same thing.</param>
public sealed record RiskReason(string Lead, string Topic, string Tail, string? Absence = null)
{
    public string Text => Lead + Topic + Tail;
}
