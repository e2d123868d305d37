using System.CommandLine;
using MentorEval.Application;
using MentorEval.Application.Demo;
using MentorEval.Cli.App;

namespace MentorEval.Cli.Demo;

/// <summary>`mentoreval demo`: the whole pipeline on the sample program in one command (see <see cref="RunDemo"/>).</summary>
public static class DemoCommand
{
    public static Command Build(CliContext context)
    {
        var output = new Option<string>("--out") { Description = "Folder for the demo's database, model and report.", DefaultValueFactory = _ => Path.Combine("reports", "demo") };
        var sample = new Option<string?>("--sample") { Description = "A sample program folder with program.json (default: sample-data/ if present, else one is generated)." };
        var json = CommonOptions.Json();
        var command = new Command("demo", "Run the whole pipeline on the sample program: import, score, train the risk model, predict, write the report.") { output, sample, json };
        command.SetAction(async (parsed, cancel) =>
        {
            var request = new DemoRequest(parsed.GetValue(output)!, parsed.GetValue(sample));
            var asJson = parsed.GetValue(json);
            var demo = new RunDemo(context.Workspace(parsed));
            var outcome = asJson
                ? await demo.RunAsync(request, null, cancel)
                : await new StageProgress(context.Terminal.Console).BarsAsync(keep: true, progress => demo.RunAsync(request, progress, cancel));
            if (outcome is IRefused refused) return context.Refuse(refused, parsed);
            var summary = ((DemoOutcome.Finished)outcome).Summary;
            if (asJson) Json.Write(context.Terminal, summary);
            else DemoViews.Render(context.Terminal.Console, summary);
            return ExitCode.Success;
        });
        return command;
    }
}
