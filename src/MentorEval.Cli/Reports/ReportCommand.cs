using System.CommandLine;
using MentorEval.Cli.App;

namespace MentorEval.Cli.Reports;

/// <summary>`mentoreval report --cohort C`: the end-of-cohort Excel workbook with its charts.</summary>
public static class ReportCommand
{
    public static Command Build(CliContext context)
    {
        var cohort = context.Name(new Option<string>("--cohort") { Description = "The cohort to report on.", Required = true }, "cohort name");
        var output = new Option<string>("--out") { Description = "Folder for the report (default: reports); it goes into <folder>/<cohort>/.", DefaultValueFactory = _ => "reports" };
        var compareTo = context.Name(new Option<string?>("--compare-to") { Description = "Another cohort to set beside this one (scale means, Welch's t)." }, "cohort name");
        var minCell = new Option<int>("--min-cell") { Description = "Withhold statistics of groups smaller than this (default 5).", DefaultValueFactory = _ => 5 };
        var program = context.Name(new Option<string>("--program") { Description = "The program's name, for the report's title.", DefaultValueFactory = _ => "Mentoring program" }, "program name");
        var model = new Option<string?>("--model") { Description = "The risk model file (default: the database path + .risk-model.zip; rules when there is none)." };
        var json = CliContext.JsonOption();
        var command = new Command("report", "Write the end-of-cohort Excel workbook (scales, reliability, change, dyads, pairs at risk, items, responses) with its charts.")
            { cohort, output, compareTo, minCell, program, model, json };
        var capacity = new Risk.CapacityOptions(command, "the share chosen at training, or 0.2 with the rules");
        command.SetAction(async (parsed, cancel) =>
        {
            if (parsed.GetValue(minCell) < 1) throw new UserInputException("--min-cell must be 1 or more.");
            var options = new ReportOptions(parsed.GetValue(cohort)!, Path.GetFullPath(parsed.GetValue(output)!, context.Environment.CurrentDirectory),
                parsed.GetValue(compareTo), parsed.GetValue(minCell), parsed.GetValue(program)!, parsed.GetValue(model)) { Capacity = capacity.Read(parsed) };
            var asJson = parsed.GetValue(json);
            var location = context.StoreLocation(parsed);
            var guard = context.OutputGuard(parsed);
            var written = asJson
                ? await ReportJob.RunAsync(context, location, options, guard, _ => { }, cancel)
                : await new StageProgress(context.Terminal.Console).RunAsync(stage => ReportJob.RunAsync(context, location, options, guard, stage, cancel));
            if (asJson) Json.Write(context.Terminal, written);
            else ReportViews.Render(context.Terminal.Console, written);
            return ExitCode.Success;
        });
        return command;
    }
}
