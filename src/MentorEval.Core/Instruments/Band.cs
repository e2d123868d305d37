namespace MentorEval.Core.Instruments;

/// <summary>
/// An interpretation range of a scale score: scores up to and including <see cref="UpTo"/> (and above the
/// previous band) get <see cref="Label"/>. <see cref="Concern"/> marks bands a program leader should act on.
/// </summary>
public sealed record Band(double UpTo, string Label, bool Concern);
