using System.CommandLine;
using MentorEval.Application.Imports;
using MentorEval.Core.Diagnostics;
using MentorEval.Core.Risk;

namespace MentorEval.Cli.App;

/// <summary>Options several commands take, each declared once here with its description and its rule.</summary>
public static class CommonOptions
{
    public static Option<bool> Json() => new("--json") { Description = "Print machine-readable JSON instead of tables." };

    /// <summary>--min-cell: the small-cell rule of analyze and report.</summary>
    public static Option<int> MinCell(CliContext context) =>
        context.Check(new Option<int>("--min-cell") { Description = "Withhold statistics of groups smaller than this.", DefaultValueFactory = _ => 5 },
            DiagnosticCodes.Option.NumberOutOfRange,
            value => value < 1 ? ($"The smallest group shown must be 1 or more (got {value})", "Give a whole number of 1 or more, e.g. --min-cell 5") : null);

    /// <summary>
    /// --flag-share and --min-recall, for every command that flags pairs (risk train, risk predict, report): their values
    /// are checked with the others before the command runs (<see cref="FlagCapacity.Parse"/>), and at most one may be given.
    /// </summary>
    /// <param name="defaults">What applies when neither is given, e.g. "the share chosen at training".</param>
    public static CapacityOptions Capacity(CliContext context, Command command, string defaults)
    {
        var options = new CapacityOptions(
            new Option<string?>(FlagCapacity.ShareOption) { Description = $"Share of running pairs the program can follow up, above 0 and below 1 (default: {defaults})." },
            new Option<string?>(FlagCapacity.RecallOption) { Description = "Instead of a share: flag the smallest share that caught at least this share of early closures in held-out cohorts." });
        command.Options.Add(options.FlagShare);
        command.Options.Add(options.MinRecall);
        // Reported on the option whose value is wrong; both given together, on --flag-share.
        const string Fix = "Give either a share above 0 and below 1 (--flag-share 0.2) or a recall (--min-recall 0.6)";
        context.Check(options.FlagShare, DiagnosticCodes.Option.CapacityInvalid,
            parsed => parsed.GetValue(options.FlagShare) is not null && options.Problem(parsed) is { } problem ? (problem, Fix) : null);
        context.Check(options.MinRecall, DiagnosticCodes.Option.CapacityInvalid,
            parsed => parsed.GetValue(options.FlagShare) is null && options.Problem(parsed) is { } problem ? (problem, Fix) : null);
        return options;
    }

    /// <summary>--format for commands that read survey exports: auto-detection unless the user names the tool.</summary>
    public static Option<string> Format()
    {
        var option = new Option<string>("--format")
        {
            Description = "auto, qualtrics, qualtrics-legacy, redcap, surveymonkey, googleforms, typeform or generic.",
            // The choices are in the description: listed after the option too, they overrun its column and are cut mid-word.
            HelpName = "format",
            DefaultValueFactory = _ => "auto",
        };
        option.AcceptOnlyFromAmong([.. ExportFormats.Names]);
        return option;
    }

    /// <summary>--include-test-responses for commands that read survey exports: Qualtrics test and preview responses are real ones.</summary>
    public static Option<bool> IncludeTestResponses() => new("--include-test-responses")
    {
        Description = "Take Qualtrics test and preview responses (skipped by default), e.g. a survey piloted with test responses; spam stays skipped.",
    };

    /// <summary>--respondent-column for commands that read survey exports: the question that carries the program's participant code.</summary>
    public static Option<string?> RespondentColumn() => new("--respondent-column")
    {
        Description = "The column (by its header, e.g. \"Your participant code\") that holds each person's participant code, for when "
                      + "the survey tool's own id is not the one your roster uses, such as a Google Form that did not collect email addresses.",
    };

    /// <summary>--model for the commands that read or write the risk model.</summary>
    public static Option<string?> Model(string description) => new("--model") { Description = description };
}
