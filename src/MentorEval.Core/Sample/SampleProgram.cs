using MentorEval.Core.Pairs;

namespace MentorEval.Core.Sample;

/// <summary>A generated program: its roster and every survey it ran.</summary>
public sealed record SampleProgram(SampleOptions Options, IReadOnlyList<RosterEntry> Roster, IReadOnlyList<SampleSurvey> Surveys);
