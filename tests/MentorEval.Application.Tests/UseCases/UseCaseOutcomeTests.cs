using System.Text.Json;
using MentorEval.Application.Imports;
using MentorEval.Application.Programs;
using MentorEval.Application.Risk;
using MentorEval.Application.Roster;
using MentorEval.Application.Sample;
using MentorEval.Core.Diagnostics;
using MentorEval.Core.Pairs;
using MentorEval.Core.Sample;

namespace MentorEval.Application.Tests.UseCases;

/// <summary>
/// The use cases as a front end calls them: a plain request in, progress out, and every expected situation comes back
/// as a typed outcome, never as an exception. Run on a small generated program in a folder of its own.
/// </summary>
public sealed class UseCaseOutcomeTests : IDisposable
{
    private readonly TemporaryFolder folder = new();

    private readonly Workspace workspace;

    public UseCaseOutcomeTests() =>
        workspace = new Workspace(folder.Path, null, null, Repository.PathOf("instruments"));

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Importing_a_file_that_does_not_exist_is_refused_with_the_path_and_stores_nothing()
    {
        var outcome = await new ImportResponses(workspace).RunAsync(new ImportRequest("missing.csv", "mca-26"), null, default);

        var missing = outcome.ShouldBeOfType<ImportOutcome.Refused>().Diagnostics.ShouldHaveSingleItem();
        (missing.File, missing.Code, missing.Message).ShouldBe((folder.PathOf("missing.csv"), DiagnosticCodes.Input.Missing, $"No survey export at \"{folder.PathOf("missing.csv")}\"."));
        missing.Fix.ShouldBe($"Check the path (it is relative to {folder.Path}).");
        File.Exists(folder.PathOf("mentoreval.db")).ShouldBeFalse();
    }

    [Fact]
    public async Task A_survey_is_committed_once_then_recognised_as_already_imported_with_progress_reported_to_the_end()
    {
        var survey = await ProgramWithRosterAsync();
        var steps = new List<StepProgress>();

        var first = await new ImportResponses(workspace).RunAsync(survey, new Collect(steps), default);
        var again = await new ImportResponses(workspace).RunAsync(survey, null, default);

        first.ShouldBeOfType<ImportOutcome.Committed>().Summary.Imported.ShouldBeGreaterThan(0);
        steps.ShouldNotBeEmpty();
        steps[^1].Done.ShouldBe(1);
        again.ShouldBeOfType<ImportOutcome.AlreadyImported>().Summary.AlreadyImported!.ShouldContain("nothing was imported again");
    }

    [Fact]
    public async Task A_dry_run_reads_everything_and_comes_back_rolled_back()
    {
        var survey = await ProgramWithRosterAsync();

        var outcome = await new ImportResponses(workspace).RunAsync(survey with { DryRun = true }, null, default);

        var summary = outcome.ShouldBeOfType<ImportOutcome.RolledBack>().Summary;
        (summary.Committed, summary.Imported > 0).ShouldBe((false, true));
    }

    [Fact]
    public async Task Training_on_a_program_with_few_early_closures_says_how_many_it_has_and_how_many_are_needed()
    {
        var written = await SampleAsync(new SampleOptions { Pairs = 24, Cohorts = 2, Seed = 7, LatestCohortInProgress = false });
        (await new ImportRoster(workspace).RunAsync(new RosterRequest(Path.Combine(written.Folder, Manifest(written).Roster)), null, default))
            .ShouldBeOfType<RosterOutcome.Applied>();
        foreach (var survey in Manifest(written).Surveys) await new ImportResponses(workspace).RunAsync(Request(written, survey), null, default);

        var outcome = await new TrainRiskModel(workspace).RunAsync(new TrainRequest(), null, default);

        var few = outcome.ShouldBeOfType<TrainOutcome.InsufficientHistory>();
        few.Needed.ShouldBe(Core.Risk.ClosureRiskRules.MinimumClosuresToLearn);
        few.Closures.ShouldBeLessThan(few.Needed);
        few.Diagnostics.ShouldHaveSingleItem().Message.ShouldContain($"at least {few.Needed} are needed to learn from");
    }

    [Fact]
    public async Task Reading_a_program_before_any_database_exists_is_refused_without_creating_one()
    {
        var outcome = await new PredictRisk(workspace).RunAsync(new PredictRequest("2024"), null, default);

        var none = outcome.ShouldBeOfType<PredictOutcome.Refused>().Diagnostics.ShouldHaveSingleItem();
        (none.File, none.Code).ShouldBe((folder.PathOf("mentoreval.db"), DiagnosticCodes.Database.Missing));
        none.Message.ShouldStartWith($"There is no database at \"{folder.PathOf("mentoreval.db")}\" yet");
        File.Exists(folder.PathOf("mentoreval.db")).ShouldBeFalse();
    }

    private async Task<ImportRequest> ProgramWithRosterAsync()
    {
        var written = await SampleAsync(new SampleOptions { Pairs = 12, Cohorts = 1, Seed = 3 });
        var manifest = Manifest(written);
        (await new ImportRoster(workspace).RunAsync(new RosterRequest(Path.Combine(written.Folder, manifest.Roster)), null, default))
            .ShouldBeOfType<RosterOutcome.Applied>();
        return Request(written, manifest.Surveys[0]);
    }

    private async Task<SampleWritten> SampleAsync(SampleOptions options) =>
        (await new GenerateSample(workspace).RunAsync(new SampleRequest("sample", options), null, default)).ShouldBeOfType<SampleOutcome.Generated>().Program;

    private static ImportRequest Request(SampleWritten written, Survey survey) =>
        new(Path.Combine(written.Folder, survey.File), survey.Instrument, survey.Format, Wave: survey.Wave,
            Role: survey.Role is null ? null : Enum.Parse<Role>(survey.Role, ignoreCase: true));

    /// <summary>program.json as a front end reads it from the outcome.</summary>
    private static ProgramIndex Manifest(SampleWritten written) =>
        JsonSerializer.Deserialize<ProgramIndex>(JsonSerializer.Serialize(written.Manifest), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

    private sealed record ProgramIndex(string Roster, IReadOnlyList<Survey> Surveys);

    private sealed record Survey(string File, string Instrument, string Wave, string Format, string? Role);

    private sealed class Collect(List<StepProgress> steps) : IProgress<StepProgress>
    {
        public void Report(StepProgress value) => steps.Add(value);
    }
}
