using System.CommandLine;
using MentorEval.Application;
using MentorEval.Application.Scoring;
using MentorEval.Cli.App;
using MentorEval.Core.Pairs;
using MentorEval.Core.Reliability;

namespace MentorEval.Cli.Scoring;

/// <summary>`mentoreval score FILE --instrument ID`: scale scores and reliability straight from an export, no database.</summary>
public static class ScoreCommand
{
    public static Command Build(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "The survey export (CSV, any format import reads)." };
        var instrument = new Option<string>("--instrument") { Description = "The instrument to score (see 'instruments list').", Required = true };
        var format = CommonOptions.Format();
        var respondentColumn = CommonOptions.RespondentColumn();
        var role = new Option<Role?>("--role") { Description = "Score only rows answered by mentors or by mentees (needs a role column)." };
        var missing = new Option<MissingDataPolicy>("--missing")
        {
            Description = "Reliability with pairwise (as psych) or listwise complete cases.",
            DefaultValueFactory = _ => MissingDataPolicy.Pairwise,
        };
        var output = new Option<string?>("--out") { Description = "Write scores here: respondent_id then one column per scale." };
        var reliabilityOut = new Option<string?>("--reliability") { Description = "Write reliability and item statistics here (CSV)." };
        var includeTests = CommonOptions.IncludeTestResponses();
        var json = CommonOptions.Json();
        var command = new Command("score", "Score an instrument from a survey export and check each scale's reliability (no database needed).")
            { file, instrument, format, respondentColumn, role, missing, output, reliabilityOut, includeTests, json };
        command.SetAction(async (parsed, cancel) =>
        {
            var request = new ScoreRequest(parsed.GetValue(file)!, parsed.GetValue(instrument)!, parsed.GetValue(format), parsed.GetValue(respondentColumn),
                parsed.GetValue(role), parsed.GetValue(missing), parsed.GetValue(output), parsed.GetValue(reliabilityOut), parsed.GetValue(includeTests));
            var outcome = await new ScoreFile(context.Workspace(parsed)).RunAsync(request, null, cancel);
            if (outcome is IRefused refused) return context.Refuse(refused, parsed);
            var scored = (ScoreOutcome.Scored)outcome;

            if (parsed.GetValue(json)) Json.Write(context.Terminal, scored.Report);
            else ScoreViews.Render(context.Terminal.Console, scored.Report, scored.Written);
            return ExitCode.Success;
        });
        return command;
    }
}
