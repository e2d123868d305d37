using System.CommandLine;
using MentorEval.Application.Imports;

namespace MentorEval.Cli.App;

/// <summary>Options several commands take, each declared once here with its description and its rule.</summary>
public static class CommonOptions
{
    public static Option<bool> Json() => new("--json") { Description = "Print machine-readable JSON instead of tables." };

    /// <summary>--min-cell: the small-cell rule of analyze and report.</summary>
    public static Option<int> MinCell(CliContext context) =>
        context.Check(new Option<int>("--min-cell") { Description = "Withhold statistics of groups smaller than this (default 5).", DefaultValueFactory = _ => 5 },
            value => value < 1 ? "--min-cell must be 1 or more." : null);

    /// <summary>--flag-share and --min-recall: how many pairs to flag, as a share or as the recall to reach. Only one of them.</summary>
    public static (Option<double?> FlagShare, Option<double?> MinRecall) FlagRule(CliContext context)
    {
        var flagShare = new Option<double?>("--flag-share") { Description = "Share of pairs the program can follow up (default 0.2)." };
        var minRecall = new Option<double?>("--min-recall") { Description = "Instead of a share: flag every pair above the probability that caught this share of early closures in validation." };
        context.Check(flagShare, parsed => parsed.GetValue(flagShare) is not null && parsed.GetValue(minRecall) is not null ? "Give --flag-share or --min-recall, not both." : null);
        context.Check(flagShare, value => value is { } share && share is not (> 0 and <= 1) ? $"--flag-share must be above 0 and at most 1 (got {share}); e.g. 0.2 flags a fifth of the pairs." : null);
        context.Check(minRecall, value => value is { } recall && recall is not (> 0 and <= 1) ? $"--min-recall must be above 0 and at most 1 (got {recall})." : null);
        return (flagShare, minRecall);
    }

    /// <summary>--format for commands that read survey exports: auto-detection unless the user names the tool.</summary>
    public static Option<string> Format()
    {
        var option = new Option<string>("--format")
        {
            Description = "auto, qualtrics, qualtrics-legacy, redcap, surveymonkey, googleforms or generic.",
            DefaultValueFactory = _ => "auto",
        };
        option.AcceptOnlyFromAmong([.. ExportFormats.Names]);
        return option;
    }

    /// <summary>--respondent-column for commands that read survey exports: the question that carries the program's participant code.</summary>
    public static Option<string?> RespondentColumn() => new("--respondent-column")
    {
        Description = "The column (by its header, e.g. \"Your participant code\") that holds each person's participant code, for when "
                      + "the survey tool's own id is not the one your roster uses, such as a Google Form that did not collect email addresses.",
    };

    /// <summary>--model for the commands that read or write the risk model.</summary>
    public static Option<string?> Model(string description) => new("--model") { Description = description };
}
