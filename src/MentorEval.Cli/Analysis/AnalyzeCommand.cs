using System.CommandLine;
using MentorEval.Application;
using MentorEval.Application.Analysis;
using MentorEval.Cli.App;

namespace MentorEval.Cli.Analysis;

/// <summary>`mentoreval analyze --cohort C`: summaries, change and mentor–mentee agreement from stored responses.</summary>
public static class AnalyzeCommand
{
    public static Command Build(CliContext context)
    {
        var cohort = context.Name(new Option<string>("--cohort") { Description = "The cohort to analyse.", Required = true }, "cohort name");
        var wave = context.Name(new Option<string?>("--wave") { Description = "The wave for change, comparisons and dyads (default: each instrument's latest for the cohort)." }, "wave name");
        var compareWave = context.Name(new Option<string?>("--compare-wave") { Description = "The earlier wave to measure change from (default: each instrument's first for the cohort)." }, "wave name");
        var instrument = new Option<string?>("--instrument") { Description = "Only this instrument." };
        var minCell = CommonOptions.MinCell(context);
        var json = CommonOptions.Json();
        var command = new Command("analyze", "Scale summaries by wave and role, response rates, pre/post change, cohort comparisons and mentor–mentee agreement.")
            { cohort, wave, compareWave, instrument, minCell, json };
        command.SetAction(async (parsed, cancel) =>
        {
            var request = new CohortAnalysisRequest(parsed.GetValue(cohort)!, parsed.GetValue(wave), parsed.GetValue(compareWave), parsed.GetValue(instrument), parsed.GetValue(minCell));
            var outcome = await new AnalyseCohort(context.Workspace(parsed)).RunAsync(request, null, cancel);
            if (outcome is IRefused refused) return context.Refuse(refused, parsed);
            var report = ((AnalysisOutcome.Analysed)outcome).Report;
            if (parsed.GetValue(json)) Json.Write(context.Terminal, report);
            else AnalysisViews.Render(context.Terminal.Console, report);
            return ExitCode.Success;
        });
        return command;
    }
}
