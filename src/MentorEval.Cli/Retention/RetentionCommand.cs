using System.CommandLine;
using System.Globalization;
using MentorEval.Application;
using MentorEval.Application.Retention;
using MentorEval.Cli.App;
using MentorEval.Core.Diagnostics;
using MentorEval.Core.Retention;

namespace MentorEval.Cli.Retention;

/// <summary>`mentoreval retention`: how long pairs last, how many close early and why (docs/retention.md).</summary>
public static class RetentionCommand
{
    public static Command Build(CliContext context)
    {
        var cohort = context.Name(new Option<string?>("--cohort") { Description = "Only this cohort's pairs (default: every cohort, compared)." }, "cohort name");
        var by = new Option<string?>("--by") { Description = "Group and compare pairs by: cohort (default), planned-months, start-year or a column of the roster (e.g. site)." };
        var asOf = new Option<string?>("--as-of") { Description = "Analysis date, YYYY-MM-DD: pairs still running are censored then (default: today)." };
        var reasons = new Option<string?>("--reasons") { Description = "The closure-reasons table, reason,family (default: retention/closure-reasons.csv when present)." };
        var json = CommonOptions.Json();
        var command = new Command("retention", "Match length and early closure: Kaplan–Meier curves, medians, early-closure rates, log-rank and Cox models, closure reasons.")
            { cohort, by, asOf, reasons, json };
        context.Check(asOf, DiagnosticCodes.Option.DateInvalid,
            text => text is null || AnalysisDate(text) is not null ? null : ($"\"{text}\" is not a date", "Write it as YYYY-MM-DD, e.g. 2026-06-30"));
        command.SetAction(async (parsed, cancel) =>
        {
            var date = parsed.GetValue(asOf) is { } text ? AnalysisDate(text)!.Value : DateOnly.FromDateTime(DateTimeOffset.UtcNow.UtcDateTime);
            var request = new RetentionAnalysisRequest(date, parsed.GetValue(cohort), parsed.GetValue(by), parsed.GetValue(reasons));
            var outcome = await new AnalyseRetention(context.Workspace(parsed)).RunAsync(request, null, cancel);
            if (outcome is IRefused refused) return context.Refuse(refused, parsed);
            var report = ((RetentionOutcome.Analysed)outcome).Report;
            if (parsed.GetValue(json)) Json.Write(context.Terminal, RetentionJson.Of(report));
            else RetentionViews.Render(context.Terminal.Console, report);
            return ExitCode.Success;
        });
        return command;
    }

    private static DateOnly? AnalysisDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
