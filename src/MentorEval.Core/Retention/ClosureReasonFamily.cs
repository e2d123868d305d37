namespace MentorEval.Core.Retention;

/// <summary>
/// Why a pair closed early, in the families the mentoring literature reports (docs/retention.md): the mentor's or the
/// mentee's time or life change (moved, new job, family, health), the relationship (mismatch, unmet expectations,
/// conflict), the program or its structure (program ended, rematched, eligibility), or not known.
/// </summary>
public enum ClosureReasonFamily
{
    MentorTimeOrLifeChange,
    MenteeTimeOrLifeChange,
    RelationshipOrMismatch,
    ProgramOrStructural,
    Unknown,
}
