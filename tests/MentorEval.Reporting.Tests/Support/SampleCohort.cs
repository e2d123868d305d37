using MentorEval.Core.Analysis;
using MentorEval.Core.Instruments;
using MentorEval.Core.Pairs;
using MentorEval.Core.Risk;
using MentorEval.Core.Sample;
using MentorEval.Reporting.Content;

namespace MentorEval.Reporting.Tests.Support;

/// <summary>A generated program (the shipped instruments, a fixed seed) and report requests on it.</summary>
public static class SampleCohort
{
    public static readonly Lazy<IReadOnlyList<Instrument>> Instruments = new(() =>
        InstrumentLibrary.FromTexts("instruments", Directory.GetFiles(Repository.PathOf("instruments"), "*.json").Order(StringComparer.Ordinal).Select(f => (f, File.ReadAllText(f)))).Instruments.ToList());

    private static readonly Lazy<(IReadOnlyList<RosterEntry> Roster, IReadOnlyList<InstrumentResponses> Responses)> Program = new(() =>
    {
        var instruments = Instruments.Value;
        var program = new SampleProgramGenerator(instruments).Generate(new SampleOptions { Pairs = 150, Cohorts = 3, Seed = 11 });
        return (program.Roster, SampleResponses.Of(program, instruments));
    });

    public static IReadOnlyList<RosterEntry> Roster => Program.Value.Roster;

    public static IReadOnlyList<InstrumentResponses> Responses => Program.Value.Responses;

    public static string Latest => Roster.Select(p => p.Cohort).Max(StringComparer.Ordinal)!;

    public static string Earliest => Roster.Select(p => p.Cohort).Min(StringComparer.Ordinal)!;

    public static ReportRequest Request(string? cohort = null, string? compareTo = null, int minimumCell = 5, RiskAssessment? risk = null,
        IReadOnlyList<RosterEntry>? roster = null, IReadOnlyList<InstrumentResponses>? responses = null) =>
        new("Sample mentoring program", cohort ?? Latest, compareTo, minimumCell, roster ?? Roster, responses ?? Responses, risk,
            "0.1.0-test", new DateTimeOffset(2026, 11, 22, 9, 30, 0, TimeSpan.Zero));

    /// <summary>A rule-style judgement of every pair of the cohort: every third pair flagged, with reasons.</summary>
    public static RiskAssessment Risk(string cohort, IReadOnlyList<RosterEntry>? roster = null) =>
        new("month-6", RiskMethod.Rules, null, "Rule-based: no model.",
            (roster ?? Roster).Where(p => p.Cohort == cohort).Select((p, i) => new ClosureRisk(p.PairId, cohort, "month-6", null, i % 3 == 0, RiskMethod.Rules,
                i % 3 == 0 ? ["Mentee rated relationship quality low (2.1 of 5).", "Missed the last check-in."] : [])).ToList(),
            null, null);
}
