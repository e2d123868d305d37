using System.CommandLine;
using System.Globalization;
using MentorEval.Application;
using MentorEval.Application.Roster;
using MentorEval.Cli.App;
using MentorEval.Core.Diagnostics;
using MentorEval.Core.Pairs;

namespace MentorEval.Cli.Roster;

/// <summary>`mentoreval roster import FILE`: who is paired with whom, and how pairs ended.</summary>
public static class RosterCommand
{
    public static Command Build(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "Roster CSV: pair_id,cohort,mentor_id,mentee_id,start_date,planned_end_date,status,end_date,closure_reason" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Check the roster and show what would change, without storing anything." };
        var changedOn = context.Check(new Option<string?>("--changed-on")
        {
            Description = "The day (YYYY-MM-DD) the mentor or mentee changes in this file took effect (default: today). A replaced member's answers "
                          + "for the pair are taken only if given before it.",
        }, DiagnosticCodes.Option.DateInvalid,
            text => text is not null && Day(text) is null ? ($"\"{text}\" is not a date", "Write it as YYYY-MM-DD (e.g. 2026-03-01)") : null);
        var idsIgnoreCase = new Option<bool?>("--ids-ignore-case")
        {
            Description = "Participant and pair ids ignore case (m0018 is M0018) for this and every later import; '--ids-ignore-case false' turns it off. "
                          + "Ids always compare without invisible characters and with full-width letters as plain ones.",
        };
        var json = CommonOptions.Json();
        var import = new Command("import", "Add or update pairs from a roster file; re-importing reports what changed, changed members and pairs it leaves out.")
        {
            file, dryRun, changedOn, idsIgnoreCase, json,
        };
        import.SetAction(async (parsed, cancel) =>
        {
            var request = new RosterRequest(parsed.GetValue(file)!, parsed.GetValue(dryRun), Day(parsed.GetValue(changedOn)), parsed.GetValue(idsIgnoreCase));
            var outcome = await new ImportRoster(context.Workspace(parsed)).RunAsync(request, null, cancel);
            var asJson = parsed.GetValue(json);
            switch (outcome)
            {
                case IRefused refused:
                    return context.Refuse(refused, parsed);
                case RosterOutcome.InvalidRows invalid:
                    if (asJson) Json.Write(context.Terminal, new { file = invalid.File, imported = false, problems = invalid.Problems });
                    else RosterViews.Problems(context.Terminal.Console, invalid.Problems);
                    return ExitCode.InvalidInput;
                case RosterOutcome.Conflicts conflicts:
                    if (asJson) Json.Write(context.Terminal, new { file = conflicts.File, imported = false, problems = conflicts.Problems.Select(p => new { message = p }) });
                    else RosterViews.Problems(context.Terminal.Console, conflicts.Problems);
                    return ExitCode.InvalidInput;
            }

            var update = ((RosterOutcome.Applied)outcome).Import;
            if (asJson)
            {
                Json.Write(context.Terminal, new
                {
                    file = update.File, database = update.Database, dryRun = update.DryRun, pairs = update.Pairs,
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
                RosterViews.Changes(context.Terminal.Console, update);
            }

            return ExitCode.Success;
        });

        var command = new Command("roster", "The pairs of the program.");
        command.Subcommands.Add(import);
        return command;
    }

    /// <summary>A YYYY-MM-DD day; null when none was given or it is not one (refused by the option's check).</summary>
    private static DateOnly? Day(string? text) =>
        text is not null && DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
