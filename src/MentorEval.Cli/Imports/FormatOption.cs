using System.CommandLine;
using MentorEval.Import.Exports;

namespace MentorEval.Cli.Imports;

/// <summary>--format for commands that read survey exports: auto-detection unless the user names the tool.</summary>
public static class FormatOption
{
    public static Option<string> Create()
    {
        var option = new Option<string>("--format")
        {
            Description = "auto, qualtrics, qualtrics-legacy, redcap, surveymonkey, googleforms or generic.",
            DefaultValueFactory = _ => "auto",
        };
        option.AcceptOnlyFromAmong("auto", "qualtrics", "qualtrics-legacy", "redcap", "surveymonkey", "googleforms", "generic");
        return option;
    }

    public static ExportFormat? Parse(string text) => text switch
    {
        "qualtrics" => ExportFormat.Qualtrics,
        "qualtrics-legacy" => ExportFormat.QualtricsLegacy,
        "redcap" => ExportFormat.Redcap,
        "surveymonkey" => ExportFormat.SurveyMonkey,
        "googleforms" => ExportFormat.GoogleForms,
        "generic" => ExportFormat.Generic,
        _ => null,
    };
}
