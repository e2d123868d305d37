using System.CommandLine;
using System.Globalization;
using MentorEval.Cli.App;
using MentorEval.Core.Pairs;
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
        var changedOn = new Option<string?>("--changed-on")
        {
            Description = "The day (YYYY-MM-DD) the mentor or mentee changes in this file took effect (default: today). A replaced member's answers "
                          + "for the pair are taken only if given before it.",
        };
        var idsIgnoreCase = new Option<bool?>("--ids-ignore-case")
        {
            Description = "Participant and pair ids ignore case (m0018 is M0018) for this and every later import; '--ids-ignore-case false' turns it off. "
                          + "Ids always compare without invisible characters and with full-width letters as plain ones.",
        };
        var json = CliContext.JsonOption();
        var import = new Command("import", "Add or update pairs from a roster file; re-importing reports what changed, changed members and pairs it leaves out.")
        {
            file, dryRun, changedOn, idsIgnoreCase, json,
        };
        import.SetAction(async (parsed, cancel) =>
        {
            var path = context.ExistingFile(parsed.GetValue(file)!, "roster file");
            var options = new RosterUpdateOptions { ChangedOn = Day(parsed.GetValue(changedOn)), IdsIgnoreCase = parsed.GetValue(idsIgnoreCase) };
            var roster = RosterReader.Read(path);
            if (!roster.IsValid)
            {
                if (parsed.GetValue(json)) Json.Write(context.Terminal, new { file = path, imported = false, problems = roster.Problems });
                else RosterViews.Problems(context.Terminal.Console, roster.Problems);
                return ExitCode.InvalidInput;
            }

            await using var db = await context.OpenStoreAsync(parsed, cancel);
            var update = await RosterStore.UpdateAsync(db, roster.Entries, options, DateTimeOffset.UtcNow, parsed.GetValue(dryRun), cancel);
            if (!update.Applied)
            {
                if (parsed.GetValue(json)) Json.Write(context.Terminal, new { file = path, imported = false, problems = update.Problems.Select(p => new { message = p }) });
                else RosterViews.Problems(context.Terminal.Console, update.Problems);
                return ExitCode.InvalidInput;
            }

            if (parsed.GetValue(json))
            {
                Json.Write(context.Terminal, new
                {
                    file = path, database = context.StoreLocation(parsed).Display, dryRun = parsed.GetValue(dryRun), pairs = roster.Entries.Count,
                    added = update.Changes.Count(c => c.Added), updated = update.Changes.Count(c => !c.Added), changes = update.Changes,
                    memberChanges = update.MemberChanges.Select(c => new
                    {
                        c.PairId, role = c.Role.Name(), c.Before, c.After,
                        since = c.Since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    }),
                    missing = update.Missing, notLinked = update.NotLinked, update.IdsIgnoreCase,
                });
            }
            else
            {
                RosterViews.Changes(context.Terminal.Console, roster.Entries.Count, update, parsed.GetValue(dryRun));
            }

            return ExitCode.Success;
        });

        var command = new Command("roster", "The pairs of the program.");
        command.Subcommands.Add(import);
        return command;
    }

    private static DateOnly? Day(string? text)
    {
        if (text is null) return null;
        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new UserInputException($"--changed-on \"{text}\" is not a date; write it as YYYY-MM-DD (e.g. 2026-03-01).");
    }
}
