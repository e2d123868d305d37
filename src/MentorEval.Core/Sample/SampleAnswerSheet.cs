using MentorEval.Core.Pairs;

namespace MentorEval.Core.Sample;

/// <summary>One respondent's answers, aligned with the instrument's items (empty string = skipped).</summary>
public sealed record SampleAnswerSheet(string RespondentId, string PairId, Role Role, DateTimeOffset SubmittedAt, IReadOnlyList<string> Answers);
