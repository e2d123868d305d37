using System.Text.Json;
using MentorEval.Application.Imports;
using MentorEval.Application.Pairs;
using MentorEval.Application.Programs;
using MentorEval.Application.Risk;
using MentorEval.Application.Roster;
using MentorEval.Application.Sample;
using MentorEval.Core.Diagnostics;
using MentorEval.Core.Pairs;
using MentorEval.Core.Sample;

namespace MentorEval.Application.Tests.UseCases;

/// <summary>The pair page's use case on a small generated program: roster facts, check-ins wave by wave, and the risk page's reasons.</summary>
public sealed class DescribePairTests : IDisposable
{
    private readonly TemporaryFolder folder = new();

    private readonly Workspace workspace;

    public DescribePairTests() =>
        workspace = new Workspace(folder.Path, null, null, Repository.PathOf("instruments"));

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_flagged_pair_is_described_with_its_roster_facts_its_check_ins_and_the_reasons_the_risk_list_gives()
    {
        var cohort = await SampleProgramAsync();
        var predicted = (await new PredictRisk(workspace).RunAsync(new PredictRequest(cohort), null, default)).ShouldBeOfType<PredictOutcome.Predicted>().Result;
        var flagged = predicted.Pairs.First(p => p.Flagged);

        var pair = (await new DescribePair(workspace).RunAsync(new PairRequest(flagged.PairId), default)).ShouldBeOfType<PairOutcome.Described>().Pair;

        (pair.PairId, pair.Cohort, pair.Status).ShouldBe((flagged.PairId, cohort, PairStatus.Active));
        pair.StartDate.ShouldBeLessThan(pair.PlannedEndDate);
        var risk = pair.Risk.ShouldNotBeNull();
        (risk.Wave, risk.AsOf, risk.FlagRule, risk.Judged.Flagged, risk.Judged.Probability, risk.Judged.Concern).ShouldBe((predicted.Wave, predicted.AsOf, predicted.FlagRule, true, flagged.Probability, flagged.Concern));
        risk.Judged.Reasons.ShouldBe(flagged.Reasons);
        risk.Judged.Reasons.ShouldNotBeEmpty();
        pair.NotJudged.ShouldBeNull();

        pair.Timeline.ShouldNotBeEmpty();
        foreach (var checkIn in pair.Timeline)
        {
            var answered = checkIn.Roles.Where(r => r.Answered).ToList();
            answered.ShouldNotBeEmpty();
            answered.SelectMany(r => r.Scores).ShouldContain(s => s.Score != null);
            checkIn.Roles.Where(r => !r.Answered).SelectMany(r => r.Scores).ShouldAllBe(s => s.Score == null);
            foreach (var gap in checkIn.Gaps)
            {
                var mentor = checkIn.Roles.Single(r => r.Role == Role.Mentor).Scores.Single(s => s.Scale == gap.Scale).Score!.Value;
                var mentee = checkIn.Roles.Single(r => r.Role == Role.Mentee).Scores.Single(s => s.Scale == gap.Scale).Score!.Value;
                gap.Gap.ShouldBe(mentor - mentee, 1e-12);
            }
        }

        pair.Timeline.ShouldContain(c => c.Gaps.Count > 0, "the sample's mentors and mentees both answer some check-ins");
        pair.Timeline.SelectMany(c => c.Roles).SelectMany(r => r.Counts).ShouldContain(c => c.Value != null, "the sample's check-in asks for meetings");
    }

    [Fact]
    public async Task A_pair_the_roster_does_not_have_is_unknown_with_a_fix_naming_pairs_it_has()
    {
        await SampleProgramAsync();

        var outcome = await new DescribePair(workspace).RunAsync(new PairRequest("no-such-pair"), default);

        var unknown = outcome.ShouldBeOfType<PairOutcome.UnknownPair>().Diagnostics.ShouldHaveSingleItem();
        (unknown.Code, unknown.Message, unknown.Value).ShouldBe((DiagnosticCodes.Program.PairUnknown, "No pair \"no-such-pair\" in the roster.", "no-such-pair"));
        unknown.Fix.ShouldNotBeNull().ShouldStartWith("Give a pair id of the roster; they look like ");
    }

    /// <summary>A generated program with its roster and every survey imported; returns the cohort still running.</summary>
    private async Task<string> SampleProgramAsync()
    {
        var written = (await new GenerateSample(workspace).RunAsync(new SampleRequest("sample", new SampleOptions { Pairs = 40, Cohorts = 1, Seed = 5 }), null, default))
            .ShouldBeOfType<SampleOutcome.Generated>().Program;
        var manifest = JsonSerializer.Deserialize<ProgramIndex>(JsonSerializer.Serialize(written.Manifest), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        (await new ImportRoster(workspace).RunAsync(new RosterRequest(Path.Combine(written.Folder, manifest.Roster)), null, default)).ShouldBeOfType<RosterOutcome.Applied>();
        foreach (var survey in manifest.Surveys)
            await new ImportResponses(workspace).RunAsync(new ImportRequest(Path.Combine(written.Folder, survey.File), survey.Instrument, survey.Format, Wave: survey.Wave,
                Role: survey.Role is null ? null : Enum.Parse<Role>(survey.Role, ignoreCase: true)), null, default);
        var program = (await new DescribeProgram(workspace).RunAsync(default)).ShouldBeOfType<ProgramOutcome.Described>().Program;
        return program.Cohorts.First(c => c.Running > 0).Cohort;
    }

    private sealed record ProgramIndex(string Roster, IReadOnlyList<Survey> Surveys);

    private sealed record Survey(string File, string Instrument, string Wave, string Format, string? Role);
}
