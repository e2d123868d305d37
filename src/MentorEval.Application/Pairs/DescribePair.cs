using MentorEval.Application.Programs;
using MentorEval.Application.Risk;
using MentorEval.Core.Analysis;
using MentorEval.Core.Diagnostics;
using MentorEval.Core.Instruments;
using MentorEval.Core.Pairs;
using MentorEval.Core.Scoring;

namespace MentorEval.Application.Pairs;

public sealed record PairRequest(string PairId);

public abstract record PairOutcome
{
    public sealed record Described(PairDescription Pair) : PairOutcome;

    /// <summary>The roster has no such pair; the diagnostic names a few that it has.</summary>
    public sealed record UnknownPair(IReadOnlyList<Diagnostic> Diagnostics) : PairOutcome, IRefused;

    public sealed record Refused(IReadOnlyList<Diagnostic> Diagnostics) : PairOutcome, IRefused;
}

/// <summary>One pair as a leader looks at it: its roster facts, its check-ins wave by wave, and why it is flagged now.</summary>
/// <param name="Risk">How the risk page judges the pair now; null when it is not judged (see <paramref name="NotJudged"/>).</param>
/// <param name="NotJudged">Why the pair is not judged now (it has ended, or its cohort has no responses yet).</param>
public sealed record PairDescription(string PairId, string Cohort, DateOnly StartDate, DateOnly PlannedEndDate, PairStatus Status, DateOnly? EndDate,
    string? ClosureReason, IReadOnlyList<PairCheckIn> Timeline, PairRiskNow? Risk, string? NotJudged);

/// <summary>One instrument at one wave: who of the pair answered, their scale scores, and the mentor–mentee gaps.</summary>
/// <param name="Gaps">Mentor minus mentee, per scale both scored.</param>
public sealed record PairCheckIn(string Instrument, string Title, string Wave, IReadOnlyList<RoleAnswer> Roles, IReadOnlyList<ScaleGap> Gaps);

/// <param name="Scores">Each scale's score; null when too few of its items were answered (or the role did not answer).</param>
/// <param name="Counts">The count items answered, such as meetings since the last check-in.</param>
public sealed record RoleAnswer(Role Role, bool Answered, DateTimeOffset? SubmittedAt, IReadOnlyList<ScaleScore> Scores, IReadOnlyList<CountAnswer> Counts);

public sealed record ScaleScore(string Scale, string Title, double? Score);

public sealed record CountAnswer(string Item, string Text, double? Value);

public sealed record ScaleGap(string Scale, string Title, double Gap);

/// <param name="Wave">The latest wave of the cohort, after which the pair is judged (as on the risk page).</param>
/// <param name="AsOf">The day judged at (the wave's latest answer): a pair that ended after it is still judged as running then.</param>
public sealed record PairRiskNow(string Wave, DateTimeOffset? AsOf, string FlagRule, PairRisk Judged);

/// <summary>Describes one pair from the roster and its responses; its risk is judged exactly as <see cref="PredictRisk"/> judges its cohort by default.</summary>
public sealed class DescribePair(Workspace workspace)
{
    public Task<PairOutcome> RunAsync(PairRequest request, CancellationToken cancel) =>
        Refusal.UnlessStoreFailsAsync<PairOutcome>(workspace, async () =>
        {
            if ((await RiskData.LoadAsync(workspace, cancel)).Failed(out var refusal, out var data)) return new PairOutcome.Refused(refusal.Diagnostics);
            var entry = data.Roster.FirstOrDefault(p => p.PairId == request.PairId);
            if (entry is null)
                return new PairOutcome.UnknownPair([new Diagnostic(data.Display, DiagnosticCodes.Program.PairUnknown, $"No pair \"{Core.Text.Excerpt.Of(request.PairId)}\" in the roster.")
                {
                    Fix = $"Give a pair id of the roster; they look like {string.Join(", ", data.Roster.Take(3).Select(p => p.PairId))}.",
                    Value = request.PairId,
                }]);

            var waves = data.Builder.Waves(entry.Cohort);
            var timeline = data.Responses.SelectMany(set => CheckIns(set, entry))
                .OrderBy(c => WaveOrder(waves, c.Wave)).ThenBy(c => c.Wave, StringComparer.Ordinal).ThenBy(c => c.Instrument, StringComparer.Ordinal).ToList();

            PairRiskNow? risk = null;
            string? notJudged = null;
            if (data.Point(entry.Cohort, null).Failed(out refusal, out var point)) notJudged = refusal.Diagnostics[0].Message;
            else if (data.Judge(point, null).Failed(out refusal, out var judged)) notJudged = refusal.Diagnostics[0].Message;
            else if (judged.Risks.FirstOrDefault(r => r.PairId == entry.PairId) is not { } judgedPair)
                notJudged = $"Not judged now: the pair was not running after the {point.Wave} check-in (it had not started or had already ended).";
            else
                risk = new PairRiskNow(point.Wave, point.AsOf, judged.Flag.Describe(),
                    new PairRisk(judgedPair.PairId, judgedPair.Probability, judgedPair.Concern, judgedPair.Flagged, judgedPair.Method, judgedPair.Reasons));

            return new PairOutcome.Described(new PairDescription(entry.PairId, entry.Cohort, entry.StartDate, entry.PlannedEndDate, entry.Status, entry.EndDate,
                entry.ClosureReason, timeline, risk, notJudged));
        }, d => new PairOutcome.Refused(d));

    /// <summary>Waves in the cohort's order; a wave the cohort's order lacks goes last.</summary>
    private static int WaveOrder(IReadOnlyList<string> waves, string wave)
    {
        var index = waves.ToList().IndexOf(wave);
        return index < 0 ? int.MaxValue : index;
    }

    private static IEnumerable<PairCheckIn> CheckIns(InstrumentResponses set, RosterEntry pair)
    {
        var instrument = set.Instrument;
        var scorers = instrument.Scales.Select(s => new ScaleScorer(instrument, s)).ToList();
        var counts = instrument.Items.Select((item, i) => (item, i)).Where(x => x.item.Type == ItemType.Count).ToList();
        foreach (var wave in set.Responses.Where(r => r.PairId == pair.PairId).GroupBy(r => r.Wave))
        {
            var roles = instrument.Roles.Select(role =>
            {
                // A role answering twice in a wave: the later answer stands.
                var latest = wave.Where(r => r.Role == role).OrderBy(r => r.SubmittedAt).LastOrDefault();
                if (latest is null)
                    return new RoleAnswer(role, false, null, scorers.Select(s => new ScaleScore(s.Scale.Id, s.Scale.Title, null)).ToList(), []);
                return new RoleAnswer(role, true, latest.SubmittedAt,
                    scorers.Select(s => new ScaleScore(s.Scale.Id, s.Scale.Title, Finite(s.Score(latest.Values)))).ToList(),
                    counts.Select(c => new CountAnswer(c.item.Id, c.item.Text, Finite(latest.Values[c.i]))).ToList());
            }).ToList();
            var mentor = roles.FirstOrDefault(r => r.Role == Role.Mentor);
            var mentee = roles.FirstOrDefault(r => r.Role == Role.Mentee);
            var gaps = mentor is null || mentee is null
                ? []
                : mentor.Scores.Zip(mentee.Scores).Where(s => s.First.Score is not null && s.Second.Score is not null)
                    .Select(s => new ScaleGap(s.First.Scale, s.First.Title, s.First.Score!.Value - s.Second.Score!.Value)).ToList();
            yield return new PairCheckIn(instrument.Id, instrument.Title, wave.Key, roles, gaps);
        }
    }

    private static double? Finite(double value) => double.IsNaN(value) ? null : value;
}
