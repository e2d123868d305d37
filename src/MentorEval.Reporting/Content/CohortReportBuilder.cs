using MentorEval.Core.Retention;
using MentorEval.Core.Analysis;
using MentorEval.Core.Instruments;
using MentorEval.Core.Pairs;
using MentorEval.Core.Reliability;
using MentorEval.Core.Scoring;

namespace MentorEval.Reporting.Content;

/// <summary>Computes everything an end-of-cohort report shows, from the roster and the stored responses.</summary>
public static class CohortReportBuilder
{
    private static readonly Role[] Roles = [Role.Mentor, Role.Mentee];

    public static CohortReportContent Build(ReportRequest request)
    {
        var cohort = request.Cohort;
        var pairs = request.Roster.Where(p => p.Cohort == cohort).ToList();

        // The comparison in the analysis is this cohort against the chosen one only, not against every other cohort.
        var compared = request.Instruments
            .Select(i => new InstrumentResponses(i.Instrument, i.Responses.Where(r => r.Cohort == cohort || (request.CompareTo is not null && r.Cohort == request.CompareTo)).ToList()))
            .ToList();
        var analysis = CohortAnalysis.Run(new AnalysisRequest(cohort, request.Roster, compared, MinimumCell: request.MinimumCell));
        var comparison = request.CompareTo is { } other
            ? CohortAnalysis.Run(new AnalysisRequest(other, request.Roster, compared, MinimumCell: request.MinimumCell))
            : null;

        var ours = request.Instruments
            .Select(i => new InstrumentResponses(i.Instrument, i.Responses.Where(r => r.Cohort == cohort).ToList()))
            .Where(i => i.Responses.Count > 0)
            .ToList();
        var waves = analysis.Waves;
        // Each administration (wave × role) of each instrument, found once for both tables that need them.
        var administrations = ours.Select(i => (Data: i, Administrations: Administrations(i, waves).ToList())).ToList();
        var (responses, withheld) = ScoredResponses(cohort, ours, analysis, request.MinimumCell);
        var content = new CohortReportContent(
            request,
            pairs.Count == 0 ? null : pairs.Min(p => p.StartDate),
            pairs.Count == 0 ? null : pairs.Max(p => p.PlannedEndDate),
            Enum.GetValues<PairStatus>().ToDictionary(s => s, s => pairs.Count(p => p.Status == s)),
            ResponseRates(analysis, pairs, ours),
            analysis,
            comparison,
            administrations.SelectMany(a => Reliability(a.Data.Instrument, a.Administrations, request.MinimumCell)).ToList(),
            administrations.SelectMany(a => ItemDistributions(a.Data.Instrument, a.Administrations, request.MinimumCell)).ToList(),
            responses,
            [])
        {
            Instruments = ours.Select(i => i.Instrument).ToList(),
            WithheldResponses = withheld,
            Retention = Retention(request),
        };
        return content with { Headlines = Headlines.For(content) };
    }

    /// <summary>The retention analysis of the whole program as of the report's day: the cohort beside the others.</summary>
    private static RetentionReport? Retention(ReportRequest request) =>
        request.Roster.Count == 0
            ? null
            : RetentionAnalysis.Analyse(new RetentionRequest(request.Roster, DateOnly.FromDateTime(request.GeneratedAt.UtcDateTime))
            {
                Covariates = BaselineCovariates.From(request.Roster, request.Instruments),
                Reasons = request.ClosureReasons,
            });

    /// <summary>
    /// Who answered any survey at each wave, per role, among the pairs expected to answer (the analysis's: those still
    /// running when the wave began, the same for every instrument of the wave); answers from pairs that had closed
    /// before count on neither side (<see cref="ExpectedResponses"/>).
    /// </summary>
    private static List<ResponseRateRow> ResponseRates(CohortReport analysis, IReadOnlyList<RosterEntry> pairs, IReadOnlyList<InstrumentResponses> instruments)
    {
        var rows = new List<ResponseRateRow>();
        var everyAnswer = instruments.SelectMany(i => i.Responses).ToList();
        foreach (var wave in analysis.Waves)
        {
            var expected = ExpectedResponses.Pairs(pairs, everyAnswer, wave);
            var atWave = everyAnswer.Where(r => r.Wave == wave).ToList();
            foreach (var role in Roles)
            {
                if (!instruments.Any(i => i.Instrument.Roles.Contains(role))) continue;
                var responded = ExpectedResponses.Responding(atWave.Where(r => r.Role == role), expected, pairs.Count > 0);
                rows.Add(new ResponseRateRow(wave, role, responded, expected.Count));
            }
        }

        return rows;
    }

    /// <summary>The Reliability sheet's rows of one cohort without the rest of the report (the web's instruments page shows them).</summary>
    public static IReadOnlyList<ReliabilityRow> ReliabilityOf(string cohort, IReadOnlyList<InstrumentResponses> instruments, int minimumCell)
    {
        var ours = instruments
            .Select(i => new InstrumentResponses(i.Instrument, i.Responses.Where(r => r.Cohort == cohort).ToList()))
            .Where(i => i.Responses.Count > 0)
            .ToList();
        // The waves of the whole cohort, as the report's analysis orders them.
        var waves = CohortAnalysis.WaveOrder(ours.SelectMany(i => i.Responses));
        return ours.SelectMany(i => Reliability(i.Instrument, Administrations(i, waves).ToList(), minimumCell)).ToList();
    }

    private static IEnumerable<ReliabilityRow> Reliability(Instrument instrument, IReadOnlyList<Administration> administrations, int minimumCell)
    {
        foreach (var (wave, role, answered) in administrations)
        {
            // The rule counts people: a mentor with two mentees answers once per pair but is one respondent.
            if (answered.Select(r => r.RespondentId).Distinct(StringComparer.Ordinal).Count() < minimumCell)
            {
                foreach (var scale in instrument.Scales)
                    yield return new ReliabilityRow(instrument.Id, scale.Id, scale.Title, wave, role, answered.Count, null);
                continue;
            }

            var scored = InstrumentScoring.Score(instrument, answered.Select(r => r.RespondentId).ToList(), answered.Select(r => r.Values).ToList(), MissingDataPolicy.Pairwise);
            foreach (var scale in scored.Scales)
                yield return new ReliabilityRow(instrument.Id, scale.Scale.Id, scale.Scale.Title, wave, role, answered.Count, scale.Reliability);
        }
    }

    private static IEnumerable<ItemDistributionRow> ItemDistributions(Instrument instrument, IReadOnlyList<Administration> administrations, int minimumCell)
    {
        var rated = instrument.Items
            .Select((item, index) => (Item: item, Index: index, Points: AnswerPoints(instrument.ResponseScaleOf(item))))
            .Where(x => x.Points is not null)
            .ToList();
        foreach (var (wave, role, answered) in administrations)
        {
            foreach (var (item, index, points) in rated)
            {
                var values = answered.Select(r => r.Values[index]).Where(v => !double.IsNaN(v)).ToList();
                var people = answered.Where(r => !double.IsNaN(r.Values[index])).Select(r => r.RespondentId).Distinct(StringComparer.Ordinal).Count();
                var counts = people < minimumCell
                    ? null
                    : points!.Select(p => values.Count(v => v == p.Value)).ToList();
                yield return new ItemDistributionRow(instrument.Id, item.Id, item.Text, wave, role, points!.Select(p => p.Label).ToList(),
                    values.Count, answered.Count - values.Count, counts);
            }
        }
    }

    /// <summary>
    /// Every answer an item's scale allows, low to high, named by its label or else by its number (a 1–7 scale may label
    /// only 1, 4 and 7). Null for scales whose answers are not a short run of whole numbers (sliders, counts, text).
    /// </summary>
    private static List<(double Value, string Label)>? AnswerPoints(ResponseScale? scale)
    {
        if (scale is not { IsNumeric: true, Min: { } min, Max: { } max } || min != Math.Floor(min) || max != Math.Floor(max) || max - min > 10) return null;
        return Enumerable.Range(0, (int)(max - min) + 1)
            .Select(step => min + step)
            .Select(value => (value, scale.Labels.FirstOrDefault(l => l.Value == value)?.Text ?? value.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
    }

    /// <summary>Each wave × role in which the instrument was answered, with one response per respondent and pair.</summary>
    private sealed record Administration(string Wave, Role Role, List<AnalysisResponse> Answered);

    private static IEnumerable<Administration> Administrations(InstrumentResponses data, IReadOnlyList<string> waves)
    {
        foreach (var wave in waves)
        {
            foreach (var role in Roles)
            {
                if (!data.Instrument.Roles.Contains(role)) continue;
                var answered = data.Responses.Where(r => r.Wave == wave && r.Role == role)
                    .GroupBy(r => (r.RespondentId, r.PairId)).Select(g => g.First()).ToList();
                if (answered.Count > 0) yield return new Administration(wave, role, answered);
            }
        }
    }

    /// <summary>
    /// Every response of the cohort with its scale scores, under the small-cell rule like every other table: the
    /// responses of an administration (instrument × wave × role) with fewer respondents than the minimum are withheld
    /// whole, and a scale the analysis withheld for an administration (too few scored) is left empty in its rows.
    /// Submissions show their day (UTC) only: a time to the minute can single out whoever remembers when they answered.
    /// </summary>
    private static (List<ScoredResponseRow> Shown, List<WithheldResponses> Withheld) ScoredResponses(string cohort,
        IReadOnlyList<InstrumentResponses> instruments, CohortReport analysis, int minimumCell)
    {
        // Pseudonyms are drawn over everyone, withheld or not, so a respondent's does not change with --min-cell.
        var everyone = instruments.SelectMany(i => i.Responses).ToList();
        var respondents = Pseudonyms.For("R-", cohort, everyone.Select(r => r.RespondentId));
        var pairs = Pseudonyms.For("P-", cohort, everyone.Where(r => r.PairId is not null).Select(r => r.PairId!));
        var waveOrder = analysis.Waves.Select((w, i) => (w, i)).ToDictionary(x => x.w, x => x.i);
        var rows = new List<ScoredResponseRow>(everyone.Count);
        var withheld = new List<WithheldResponses>();
        foreach (var data in instruments)
        {
            var scorers = data.Instrument.Scales.Select(s => new ScaleScorer(data.Instrument, s)).ToList();
            foreach (var administration in data.Responses.GroupBy(r => (r.Wave, r.Role)))
            {
                var (wave, role) = administration.Key;
                // People, not answers: a mentor with two mentees answers once per pair but is one respondent.
                if (administration.Select(r => r.RespondentId).Distinct(StringComparer.Ordinal).Count() < minimumCell)
                {
                    withheld.Add(new WithheldResponses(data.Instrument.Id, wave, role, administration.Count()));
                    continue;
                }

                var scaleWithheld = data.Instrument.Scales
                    .Select(s => analysis.Groups.Any(g => g.Instrument == data.Instrument.Id && g.Scale == s.Id && g.Wave == wave && g.Role == role && g.Suppressed))
                    .ToList();
                rows.AddRange(administration.Select(r => new ScoredResponseRow(
                    respondents[r.RespondentId], r.PairId is null ? "" : pairs[r.PairId], role, wave, data.Instrument.Id,
                    r.SubmittedAt is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : null,
                    scorers.Select((scorer, i) => scaleWithheld[i] ? double.NaN : scorer.Score(r.Values)).ToList())));
            }
        }

        // Pseudonym order, so the rows say nothing about the order of the export either.
        var shown = rows.OrderBy(r => r.Instrument, StringComparer.Ordinal).ThenBy(r => waveOrder.GetValueOrDefault(r.Wave, int.MaxValue))
            .ThenBy(r => r.Pair, StringComparer.Ordinal).ThenBy(r => r.Respondent, StringComparer.Ordinal).ToList();
        return (shown, withheld.OrderBy(w => w.Instrument, StringComparer.Ordinal).ThenBy(w => waveOrder.GetValueOrDefault(w.Wave, int.MaxValue))
            .ThenBy(w => w.Role is { } role ? role.Name() : "", StringComparer.Ordinal).ToList());
    }
}
