using System.Globalization;
using System.Text.Json;
using ClosedXML.Excel;
using MentorEval.Core.Analysis;
using MentorEval.Core.Pairs;
using MentorEval.Core.Scoring;
using MentorEval.Reporting.Content;
using MentorEval.Reporting.Report;
using MentorEval.Reporting.Tests.Support;
using MentorEval.Reporting.Workbook;

namespace MentorEval.Reporting.Tests.Content;

/// <summary>
/// A group below --min-cell (three mentors answering one survey at one wave) is withheld from everything a leader
/// reads: no sheet, chart or analysis holds one of their scores, pseudonyms or submission times.
/// </summary>
public sealed class SmallGroupWithholdingTests
{
    private const string Instrument = "mca-26";
    private const int MinimumCell = 5;

    private static readonly Lazy<SmallGroup> Group = new(SmallGroup.Make);

    [Fact]
    public void No_sheet_of_the_workbook_holds_a_score_pseudonym_or_submission_time_of_the_withheld_group()
    {
        var group = Group.Value;
        var content = CohortReportBuilder.Build(group.Request);
        var (_, workbook) = OpenedWorkbook.Of(content, ReportCharts.For(content));

        var leaks = workbook.Worksheets.SelectMany(sheet => sheet.CellsUsed().Where(group.Reveals).Select(c => $"{sheet.Name}!{c.Address}: {c.GetString()}")).ToList();

        leaks.ShouldBeEmpty();
        OpenedWorkbook.Rows(workbook, "Responses")
            .ShouldNotContain(r => r["Instrument"].GetString() == Instrument && r["Wave"].GetString() == group.Wave && r["Role"].GetString() == "mentor");
    }

    [Fact]
    public void The_responses_sheet_says_how_many_rows_it_withheld_and_why()
    {
        var group = Group.Value;
        var content = CohortReportBuilder.Build(group.Request);
        var (_, workbook) = OpenedWorkbook.Of(content);

        var lines = workbook.Worksheet("Responses").CellsUsed().Select(c => c.GetString()).ToList();

        lines.ShouldContain($"{group.Rows} responses withheld (small-cell rule: groups of fewer than {MinimumCell} respondents): {Instrument} at {group.Wave} (mentors).");
        OpenedWorkbook.Rows(workbook, "Responses").Count.ShouldBe(group.Request.Instruments.Sum(i => i.Responses.Count(r => r.Cohort == group.Request.Cohort)) - group.Rows);
    }

    [Fact]
    public void Submission_times_on_the_responses_sheet_are_dates_without_the_time()
    {
        var content = CohortReportBuilder.Build(Group.Value.Request);
        var (_, workbook) = OpenedWorkbook.Of(content);

        var submitted = OpenedWorkbook.Rows(workbook, "Responses").Select(r => r["Submitted"]).Where(c => !c.IsEmpty()).ToList();

        submitted.ShouldNotBeEmpty();
        submitted.ShouldAllBe(c => c.GetDateTime().TimeOfDay == TimeSpan.Zero);
    }

    [Fact]
    public void No_chart_and_no_analysis_row_shows_the_withheld_group()
    {
        var group = Group.Value;
        var content = CohortReportBuilder.Build(group.Request);

        var charts = ReportCharts.For(content);

        charts.ShouldNotContain(c => c.FileName.StartsWith($"dyads-{Instrument}-", StringComparison.Ordinal));
        charts.ShouldNotContain(c => c.Title.Contains("mentors' answers at " + group.Wave, StringComparison.Ordinal) && c.FileName.Contains(Instrument, StringComparison.Ordinal));
        var analysis = JsonSerializer.Serialize(content.Analysis);
        group.Ids.ShouldAllBe(id => !analysis.Contains(id, StringComparison.Ordinal));
        group.Scores.ShouldAllBe(score => !analysis.Contains(score.ToString("R", CultureInfo.InvariantCulture), StringComparison.Ordinal));
        content.Analysis.Groups.Where(g => g.Instrument == Instrument && g.Wave == group.Wave && g.Role == Role.Mentor).ShouldAllBe(g => g.Suppressed);
    }

    [Fact]
    public void A_scale_the_analysis_withheld_for_a_group_is_empty_in_that_groups_rows()
    {
        // Every mentee of the cohort answers the check-in at its first wave, but only two answer enough for its first scale.
        var cohort = SampleCohort.Latest;
        var checkin = SampleCohort.Responses.Single(i => i.Instrument.Id == "relationship-checkin");
        var scale = checkin.Instrument.Scales[0];
        var items = scale.ItemIds.Select(id => checkin.Instrument.Items.ToList().FindIndex(i => i.Id == id)).ToHashSet();
        var wave = CohortAnalysis.WaveOrder(checkin.Responses.Where(r => r.Cohort == cohort)).First();
        bool InGroup(AnalysisResponse r) => r.Cohort == cohort && r.Wave == wave && r.Role == Role.Mentee;
        var scored = checkin.Responses.Where(InGroup).Select(r => r.RespondentId).Distinct().Order(StringComparer.Ordinal).Take(2).ToHashSet();
        var responses = SampleCohort.Responses.Select(data => data.Instrument.Id != checkin.Instrument.Id ? data : data with
        {
            Responses = data.Responses.Select(r => InGroup(r) && !scored.Contains(r.RespondentId)
                ? r with { Values = r.Values.Select((v, i) => items.Contains(i) ? double.NaN : v).ToArray() }
                : r).ToList(),
        }).ToList();
        var content = CohortReportBuilder.Build(SampleCohort.Request(cohort, minimumCell: MinimumCell, responses: responses));

        var (_, workbook) = OpenedWorkbook.Of(content);

        content.Analysis.Groups.Single(g => g.Instrument == checkin.Instrument.Id && g.Scale == scale.Id && g.Wave == wave && g.Role == Role.Mentee).Suppressed.ShouldBeTrue();
        var rows = OpenedWorkbook.Rows(workbook, "Responses")
            .Where(r => r["Instrument"].GetString() == checkin.Instrument.Id && r["Wave"].GetString() == wave && r["Role"].GetString() == "mentee").ToList();
        rows.Count.ShouldBeGreaterThanOrEqualTo(MinimumCell);
        rows.ShouldAllBe(r => r[$"{scale.Title} ({checkin.Instrument.Id})"].IsEmpty());
        rows.ShouldAllBe(r => !r[$"{checkin.Instrument.Scales[1].Title} ({checkin.Instrument.Id})"].IsEmpty());
    }

    /// <summary>
    /// The latest sample cohort with only three mentors answering the mca-26 at its latest wave, and those three
    /// answering nothing else. Their answers are fractions no export gives and their times are to the minute at night,
    /// so any number or time of theirs found in the report can only have come from them.
    /// </summary>
    /// <param name="Rows">The group's responses (a mentor of two pairs answers once for each).</param>
    private sealed record SmallGroup(ReportRequest Request, string Wave, int Rows, IReadOnlyList<string> Ids, IReadOnlyList<string> Pseudonyms,
        IReadOnlyList<double> Scores, IReadOnlyList<DateTime> Times)
    {
        public static SmallGroup Make()
        {
            var cohort = SampleCohort.Latest;
            var mca = SampleCohort.Responses.Single(i => i.Instrument.Id == Instrument);
            var wave = CohortAnalysis.WaveOrder(mca.Responses.Where(r => r.Cohort == cohort)).Last();
            bool InGroup(AnalysisResponse r) => r.Cohort == cohort && r.Wave == wave && r.Role == Role.Mentor;
            var kept = mca.Responses.Where(InGroup).Select(r => r.RespondentId).Distinct().Order(StringComparer.Ordinal).Take(3).ToList();
            var times = kept.Select((_, i) => new DateTime(2031, 5, 6, 3, 17 + i, 0, DateTimeKind.Utc)).ToList();

            var responses = SampleCohort.Responses.Select(data => data with
            {
                Responses = data.Responses
                    .Where(r => r.Cohort != cohort || (kept.Contains(r.RespondentId) ? data.Instrument.Id == Instrument && InGroup(r) : !(data.Instrument.Id == Instrument && InGroup(r))))
                    .Select(r => kept.IndexOf(r.RespondentId) is var n and >= 0 && r.Cohort == cohort
                        ? r with { SubmittedAt = new DateTimeOffset(times[n]), Values = r.Values.Select((_, item) => 1.0 + (item * 7 + n * 3) % 11 * 0.5137).ToArray() }
                        : r)
                    .ToList(),
            }).ToList();
            var request = SampleCohort.Request(cohort, minimumCell: MinimumCell, responses: responses, risk: SampleCohort.Risk(cohort));

            var instrument = mca.Instrument;
            var scorers = instrument.Scales.Select(s => new ScaleScorer(instrument, s)).ToList();
            var answered = responses.Single(i => i.Instrument.Id == Instrument).Responses.Where(r => kept.Contains(r.RespondentId) && r.Cohort == cohort).ToList();
            var scores = answered.SelectMany(r => scorers.Select(s => s.Score(r.Values))).Where(s => !double.IsNaN(s)).ToList();
            var everyone = responses.Where(i => i.Responses.Any(r => r.Cohort == cohort)).SelectMany(i => i.Responses).Where(r => r.Cohort == cohort).Select(r => r.RespondentId);
            var pseudonyms = Reporting.Content.Pseudonyms.For("R-", cohort, everyone);
            return new SmallGroup(request, wave, answered.Count, kept, kept.Select(id => pseudonyms[id]).ToList(), scores, times);
        }

        /// <summary>Whether a cell shows one of the group's scores, pseudonyms, ids or submission times.</summary>
        public bool Reveals(IXLCell cell) => cell.DataType switch
        {
            XLDataType.Number => Scores.Any(s => Math.Abs(s - cell.GetDouble()) < 1e-9),
            XLDataType.DateTime => Times.Contains(cell.GetDateTime()),
            _ => Pseudonyms.Concat(Ids).Contains(cell.GetString()),
        };
    }
}
