namespace MentorEval.Core.Pairs;

/// <summary>
/// How a program's ids compare, beyond <see cref="ParticipantIds.Normalise"/>: some programs hand out ids whose case
/// means nothing (m0018 and M0018 are one person). Stored with the roster (`roster import --ids-ignore-case`), so every
/// later import compares the same way.
/// </summary>
public sealed record RosterIdRules(bool IgnoreCase)
{
    public static RosterIdRules Exact { get; } = new(false);

    public StringComparer Comparer => IgnoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
}
