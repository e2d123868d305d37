using System.CommandLine;
using MentorEval.Core.Risk;

namespace MentorEval.Cli.App;

/// <summary>`--flag-share` and `--min-recall` as one command declares them (<see cref="CommonOptions.Capacity"/>).</summary>
public sealed record CapacityOptions(Option<string?> FlagShare, Option<string?> MinRecall)
{
    /// <summary>What is wrong with the values given, or null.</summary>
    public string? Problem(ParseResult parsed)
    {
        FlagCapacity.Parse(parsed.GetValue(FlagShare), parsed.GetValue(MinRecall), out var problem);
        return problem;
    }

    /// <summary>The capacity asked for, or null for the default; its values were checked before the command ran.</summary>
    public FlagCapacity? Read(ParseResult parsed) => FlagCapacity.Parse(parsed.GetValue(FlagShare), parsed.GetValue(MinRecall), out _);
}
