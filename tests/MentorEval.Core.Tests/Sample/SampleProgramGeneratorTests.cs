using System.Globalization;
using MentorEval.Core.Pairs;
using MentorEval.Core.Sample;
using MentorEval.Core.Scoring;
using MentorEval.Core.Statistics;
using MentorEval.Core.Tests.Support;

namespace MentorEval.Core.Tests.Sample;

/// <summary>The generated program must behave like a real one, or demos and model tests prove nothing.</summary>
public sealed class SampleProgramGeneratorTests
{
    private static readonly SampleOptions Complete = new() { Pairs = 600, Seed = 7, LatestCohortInProgress = false };

    private static readonly Lazy<SampleProgram> Program = new(() => Generate(Complete));

    private static SampleProgram Generate(SampleOptions options) =>
        new SampleProgramGenerator(ShippedInstruments.Library.Instruments.ToList()).Generate(options);

    /// <summary>Mentee-rated relationship quality at baseline, by pair.</summary>
    private static Dictionary<string, double> BaselineQuality(Role role)
    {
        var instrument = ShippedInstruments.Get("relationship-checkin");
        var scorer = new ScaleScorer(instrument, instrument.FindScale("relationship_quality")!);
        return Program.Value.Surveys.Where(s => s.InstrumentId == instrument.Id && s.Wave == "baseline")
            .SelectMany(s => s.Sheets).Where(s => s.Role == role)
            .ToDictionary(s => s.PairId, s => scorer.Score(s.Answers.Select(Number).ToArray()));
    }

    private static double Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) ? x : double.NaN;

    [Fact]
    public void The_same_seed_gives_the_same_program()
    {
        var options = new SampleOptions { Pairs = 30, Seed = 11 };
        var a = Generate(options);
        var b = Generate(options);

        b.Roster.ShouldBe(a.Roster);
        b.Surveys.SelectMany(s => s.Sheets).SelectMany(s => s.Answers)
            .ShouldBe(a.Surveys.SelectMany(s => s.Sheets).SelectMany(s => s.Answers));
    }

    [Fact]
    public void About_a_third_of_pairs_close_early_as_in_the_mentoring_literature()
    {
        var share = Program.Value.Roster.Count(p => p.Status == PairStatus.ClosedEarly) / (double)Complete.Pairs;

        share.ShouldBeInRange(0.2, 0.45);
    }

    [Fact]
    public void Pairs_that_close_early_started_with_a_weaker_relationship()
    {
        var quality = BaselineQuality(Role.Mentee);
        var closed = Program.Value.Roster.Where(p => p.Status == PairStatus.ClosedEarly && quality.ContainsKey(p.PairId)).Select(p => quality[p.PairId]).ToList();
        var completed = Program.Value.Roster.Where(p => p.Status == PairStatus.Completed && quality.ContainsKey(p.PairId)).Select(p => quality[p.PairId]).ToList();

        var comparison = GroupComparison.TwoGroups(closed, completed);
        comparison.MeanDifference.ShouldNotBeNull().ShouldBeLessThan(-0.3);
        comparison.WelchT!.P.ShouldBeLessThan(0.001);
    }

    [Fact]
    public void Mentor_and_mentee_see_the_relationship_alike_but_not_identically()
    {
        var mentor = BaselineQuality(Role.Mentor);
        var mentee = BaselineQuality(Role.Mentee);
        var pairs = mentor.Keys.Intersect(mentee.Keys).ToList();

        var dyads = DyadAnalysis.Compare(pairs.Select(p => mentor[p]).ToList(), pairs.Select(p => mentee[p]).ToList());

        dyads.Correlation!.R.ShouldBeInRange(0.3, 0.9);
        dyads.MeanAbsoluteGap.ShouldNotBeNull().ShouldBeGreaterThan(0.2);
    }

    [Fact]
    public void Some_answers_are_skipped_and_some_are_given_as_not_applicable()
    {
        var answers = Program.Value.Surveys.Where(s => s.InstrumentId == "mca-26").SelectMany(s => s.Sheets).SelectMany(s => s.Answers).ToList();

        (answers.Count(a => a == "") / (double)answers.Count).ShouldBeInRange(0.01, 0.05);
        answers.ShouldContain("N/A");
    }

    [Fact]
    public void A_pair_that_closed_answers_no_survey_after_it_closed()
    {
        var waves = Complete.Waves.ToList();
        var lastWaveAnswered = Program.Value.Surveys.SelectMany(s => s.Sheets.Select(sheet => (sheet.PairId, Wave: waves.IndexOf(s.Wave))))
            .GroupBy(x => x.PairId).ToDictionary(g => g.Key, g => g.Max(x => x.Wave));

        foreach (var pair in Program.Value.Roster.Where(p => p.Status == PairStatus.ClosedEarly && lastWaveAnswered.ContainsKey(p.PairId)))
            lastWaveAnswered[pair.PairId].ShouldBeLessThan(waves.Count - 1, $"pair {pair.PairId} closed early but answered the last wave");
    }

    [Fact]
    public void A_running_cohort_has_active_pairs_and_has_not_reached_its_last_wave()
    {
        var program = Generate(new SampleOptions { Pairs = 60, Seed = 3 });
        var latest = program.Roster.MaxBy(p => p.StartDate)!.Cohort;

        program.Roster.Where(p => p.Cohort == latest).ShouldContain(p => p.Status == PairStatus.Active);
        program.Surveys.ShouldNotContain(s => s.Cohort == latest && s.Wave == "end");
        program.Roster.Where(p => p.Cohort != latest).ShouldAllBe(p => p.Status != PairStatus.Active);
    }
}
