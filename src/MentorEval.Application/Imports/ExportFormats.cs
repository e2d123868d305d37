using MentorEval.Import.Exports;

namespace MentorEval.Application.Imports;

/// <summary>The survey tools' export layouts by the names users give them.</summary>
public static class ExportFormats
{
    /// <summary>Every name a front end may offer; "auto" detects the layout.</summary>
    public static readonly IReadOnlyList<string> Names = ["auto", "qualtrics", "qualtrics-legacy", "redcap", "surveymonkey", "googleforms", "typeform", "generic"];

    internal static ExportFormat? Parse(string? name) => name switch
    {
        "qualtrics" => ExportFormat.Qualtrics,
        "qualtrics-legacy" => ExportFormat.QualtricsLegacy,
        "redcap" => ExportFormat.Redcap,
        "surveymonkey" => ExportFormat.SurveyMonkey,
        "googleforms" => ExportFormat.GoogleForms,
        "typeform" => ExportFormat.Typeform,
        "generic" => ExportFormat.Generic,
        _ => null,
    };
}
