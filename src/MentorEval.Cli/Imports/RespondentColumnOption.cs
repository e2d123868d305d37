using System.CommandLine;

namespace MentorEval.Cli.Imports;

/// <summary>--respondent-column for commands that read survey exports: the question that carries the program's participant code.</summary>
public static class RespondentColumnOption
{
    public static Option<string?> Create() => new("--respondent-column")
    {
        Description = "The column (by its header, e.g. \"Your participant code\") that holds each person's participant code, for when "
                      + "the survey tool's own id is not the one your roster uses, such as a Google Form that did not collect email addresses.",
    };
}
