using System.CommandLine;
using MentorEval.Application;
using MentorEval.Application.Validity;
using MentorEval.Cli.App;

namespace MentorEval.Cli.Validity;

/// <summary>`mentoreval validity FILE --instrument ID [--by role]`: does the definition's factor structure hold in this export?</summary>
public static class ValidityCommand
{
    public static Command Build(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "The survey export (CSV, any format import reads)." };
        var instrument = new Option<string>("--instrument") { Description = "The instrument whose scales form the factor model (see 'instruments list').", Required = true };
        var format = CommonOptions.Format();
        var respondentColumn = CommonOptions.RespondentColumn();
        var by = new Option<InvarianceGrouping>("--by")
        {
            Description = "Also test measurement invariance across these groups: role (mentors vs mentees; needs a role column).",
            DefaultValueFactory = _ => InvarianceGrouping.None,
        };
        var json = CommonOptions.Json();
        var command = new Command("validity",
            "Confirmatory factor analysis of an instrument's scales on a survey export (maximum likelihood, as lavaan), and measurement invariance across roles.")
            { file, instrument, format, respondentColumn, by, json };
        command.SetAction(async (parsed, cancel) =>
        {
            var request = new ValidityRequest(parsed.GetValue(file)!, parsed.GetValue(instrument)!, parsed.GetValue(format), parsed.GetValue(respondentColumn),
                parsed.GetValue(by));
            var outcome = await new ValidityFile(context.Workspace(parsed)).RunAsync(request, null, cancel);
            if (outcome is IRefused refused) return context.Refuse(refused, parsed);
            var report = ((ValidityOutcome.Checked)outcome).Report;
            if (parsed.GetValue(json)) Json.Write(context.Terminal, report);
            else ValidityViews.Render(context.Terminal.Console, report);
            return ExitCode.Success;
        });
        return command;
    }
}
