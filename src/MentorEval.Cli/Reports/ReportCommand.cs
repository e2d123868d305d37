using System.CommandLine;
using MentorEval.Application;
using MentorEval.Application.Reports;
using MentorEval.Cli.App;

namespace MentorEval.Cli.Reports;

/// <summary>`mentoreval report --cohort C`: the end-of-cohort Excel workbook with its charts.</summary>
public static class ReportCommand
{
    public static Command Build(CliContext context)
    {
        var cohort = context.Name(new Option<string>("--cohort") { Description = "The cohort to report on.", Required = true }, "cohort name");
        var output = new Option<string>("--out") { Description = "Folder for the report; it goes into <folder>/<cohort>/.", DefaultValueFactory = _ => "reports" };
        var compareTo = context.Name(new Option<string?>("--compare-to") { Description = "Another cohort to set beside this one (scale means, Welch's t)." }, "cohort name");
        var minCell = CommonOptions.MinCell(context);
        var program = context.Name(new Option<string>("--program") { Description = "The program's name, for the report's title.", DefaultValueFactory = _ => "Mentoring program" }, "program name");
        var model = CommonOptions.Model("The risk model file (default: the database path + .risk-model.zip; rules when there is none).");
        var json = CommonOptions.Json();
        var command = new Command("report", "Write the end-of-cohort Excel workbook (scales, reliability, change, dyads, pairs at risk, items, responses) with its charts.")
            { cohort, output, compareTo, minCell, program, model, json };
        var capacity = CommonOptions.Capacity(context, command, "the share chosen at training, or 0.2 with the rules");
        command.SetAction(async (parsed, cancel) =>
        {
            var request = new BuildReportRequest(parsed.GetValue(cohort)!, parsed.GetValue(output)!, parsed.GetValue(compareTo), parsed.GetValue(minCell),
                parsed.GetValue(program)!, parsed.GetValue(model)) { Capacity = capacity.Read(parsed) };
            var asJson = parsed.GetValue(json);
            var report = new BuildReport(context.Workspace(parsed));
            var outcome = asJson
                ? await report.RunAsync(request, null, cancel)
                : await new StageProgress(context.Terminal.Console).StagesAsync(progress => report.RunAsync(request, progress, cancel));
            if (outcome is IRefused refused) return context.Refuse(refused, parsed);
            var written = ((ReportOutcome.Written)outcome).Report;
            if (asJson) Json.Write(context.Terminal, written);
            else ReportViews.Render(context.Terminal.Console, written);
            return ExitCode.Success;
        });
        return command;
    }
}
