using MentorEval.Core.Analysis;
using MentorEval.Core.Pairs;
using MentorEval.Core.Risk;

namespace MentorEval.Application.Risk;

/// <summary>A running pair of whom someone has not answered the check-in.</summary>
public sealed record UnansweredPair(string PairId, bool Mentor, bool Mentee)
{
    /// <summary>Who has not answered, in the leader's words ("the mentee", "the mentor and the mentee").</summary>
    public string Who => (Mentor, Mentee) switch
    {
        (true, true) => "the mentor and the mentee",
        (true, false) => "the mentor",
        _ => "the mentee",
    };
}

/// <summary>Who of the pairs running at a wave has not answered its check-in (any instrument the cohort was given then that asks their role).</summary>
/// <param name="Pairs">In pair id order.</param>
public sealed record UnansweredCheckIn(string Wave, int Mentors, int Mentees, IReadOnlyList<UnansweredPair> Pairs)
{
    /// <summary>In the leader's words, e.g. "month-3 check-in: 6 mentees and 2 mentors have not answered".</summary>
    public string Summary
    {
        get
        {
            var who = new[] { Count(Mentees, "mentee"), Count(Mentors, "mentor") }.OfType<string>().ToList();
            return who.Count == 0
                ? $"{Wave} check-in: everyone in a running pair has answered"
                : $"{Wave} check-in: {string.Join(" and ", who)} {(Mentees + Mentors == 1 ? "has" : "have")} not answered";
        }
    }

    private static string? Count(int n, string role) => n == 0 ? null : $"{n} {role}{(n == 1 ? "" : "s")}";

    /// <param name="running">The pairs judged at the point: those running when its wave closed.</param>
    internal static UnansweredCheckIn Of(PredictionPoint point, IReadOnlyList<InstrumentResponses> responses, IEnumerable<string> running)
    {
        var given = responses.Where(set => point.WavesGiven.TryGetValue(set.Instrument.Id, out var waves) && waves.Contains(point.Wave)).ToList();
        var asked = given.SelectMany(set => set.Instrument.Roles).ToHashSet();
        var answered = given.SelectMany(set => set.Responses)
            .Where(r => r.Wave == point.Wave && r.PairId is not null && r.Role is not null)
            .Select(r => (r.PairId!, r.Role!.Value)).ToHashSet();
        var pairs = running.Order(StringComparer.Ordinal)
            .Select(pair => new UnansweredPair(pair,
                asked.Contains(Role.Mentor) && !answered.Contains((pair, Role.Mentor)),
                asked.Contains(Role.Mentee) && !answered.Contains((pair, Role.Mentee))))
            .Where(p => p.Mentor || p.Mentee).ToList();
        return new UnansweredCheckIn(point.Wave, pairs.Count(p => p.Mentor), pairs.Count(p => p.Mentee), pairs);
    }
}
