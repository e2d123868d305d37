using System.CommandLine;
using MentorEval.Cli.App;
using MentorEval.Import.Roster;
using MentorEval.Storage.Roster;
using Spectre.Console;

namespace MentorEval.Cli.Roster;

/// <summary>`mentoreval roster import FILE`: who is paired with whom, and how pairs ended.</summary>
public static class RosterCommand
{
    public static Command Build(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "Roster CSV: pair_id,cohort,mentor_id,mentee_id,start_date,planned_end_date,status,end_date,closure_reason" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Check the roster and show what would change, without storing anything." };
        var json = CliContext.JsonOption();
        var import = new Command("import", "Add or update pairs from a roster file; re-importing reports what changed.") { file, dryRun, json };
        import.SetAction(async (parsed, cancel) =>
        {
            var path = context.ExistingFile(parsed.GetValue(file)!, "roster file");
            var roster = RosterReader.Read(path);
            if (!roster.IsValid)
            {
                if (parsed.GetValue(json)) Json.Write(context.Terminal, new { file = path, imported = false, problems = roster.Problems });
                else RosterViews.Problems(context.Terminal.Console, roster.Problems);
                return ExitCode.InvalidInput;
            }

            await using var db = await context.OpenStoreAsync(parsed, cancel);
            var changes = await RosterStore.ApplyAsync(db, roster.Entries, DateTimeOffset.UtcNow, parsed.GetValue(dryRun), cancel);
            if (parsed.GetValue(json))
            {
                Json.Write(context.Terminal, new
                {
                    file = path, database = context.StoreLocation(parsed).Display, dryRun = parsed.GetValue(dryRun), pairs = roster.Entries.Count,
                    added = changes.Count(c => c.Added), updated = changes.Count(c => !c.Added), changes,
                });
            }
            else
            {
                RosterViews.Changes(context.Terminal.Console, roster.Entries.Count, changes, parsed.GetValue(dryRun));
            }

            return ExitCode.Success;
        });

        var command = new Command("roster", "The pairs of the program.");
        command.Subcommands.Add(import);
        return command;
    }
}
