using MentorEval.Core.Diagnostics;
using MentorEval.Core.Pairs;

namespace MentorEval.Application.Programs;

/// <summary>What a use case refuses when the program's data lack what was asked for: one wording and code each, whichever use case asks.</summary>
internal static class ProgramRefusals
{
    /// <param name="database">The database, as it may be shown.</param>
    public static Refusal NoRoster(string database) =>
        new Diagnostic(database, DiagnosticCodes.Program.NoRoster, "The database holds no roster.") { Fix = "Import one first ('mentoreval roster import FILE')." };

    /// <summary>Null when the roster has the cohort; else why not, with the cohorts it has.</summary>
    public static Refusal? UnknownCohort(IReadOnlyList<RosterEntry> roster, string cohort, string database)
    {
        if (roster.Any(p => p.Cohort == cohort)) return null;
        var known = roster.Select(p => p.Cohort).Distinct().Order(StringComparer.Ordinal).ToList();
        return new Diagnostic(database, DiagnosticCodes.Program.CohortUnknown,
            $"No cohort \"{cohort}\" in the roster.{(known.Count == 0 ? "" : $" Known cohorts: {string.Join(", ", known)}.")}")
        {
            Fix = known.Count == 0 ? "Import a roster first ('mentoreval roster import FILE')." : "Name one of the known cohorts.",
            Value = cohort,
        };
    }

    public static Refusal UnknownWave(string database, string cohort, string wave, IReadOnlyList<string> waves) =>
        new Diagnostic(database, DiagnosticCodes.Program.WaveUnknown,
            $"Cohort \"{cohort}\" has no responses at wave \"{wave}\". Its waves: {(waves.Count == 0 ? "none yet" : string.Join(", ", waves))}.")
        {
            Fix = waves.Count == 0 ? "Import the cohort's survey exports first ('mentoreval import')." : "Name one of its waves.",
            Value = wave,
        };
}
