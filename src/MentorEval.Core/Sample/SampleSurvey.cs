namespace MentorEval.Core.Sample;

/// <summary>One survey administration: every answer given to one instrument at one wave, as text (what an export holds).</summary>
public sealed record SampleSurvey(string InstrumentId, string Wave, string Cohort, IReadOnlyList<SampleAnswerSheet> Sheets);
