using System.CommandLine;
using MentorEval.Cli.App;
using MentorEval.Core.Risk;

namespace MentorEval.Cli.Risk;

/// <summary>
/// `--flag-share` and `--min-recall`, declared here once for every command that flags pairs (risk train, risk predict,
/// report); their values are checked in one place (<see cref="FlagCapacity.Parse"/>), and at most one may be given.
/// </summary>
internal sealed class CapacityOptions
{
    private readonly Option<string?> flagShare;
    private readonly Option<string?> minRecall;

    /// <param name="defaults">What applies when neither is given, e.g. "the share chosen at training".</param>
    public CapacityOptions(Command command, string defaults)
    {
        flagShare = new Option<string?>(FlagCapacity.ShareOption)
            { Description = $"Share of running pairs the program can follow up, above 0 and below 1 (default: {defaults})." };
        minRecall = new Option<string?>(FlagCapacity.RecallOption)
            { Description = "Instead of a share: flag the smallest share that caught at least this share of early closures in held-out cohorts." };
        command.Options.Add(flagShare);
        command.Options.Add(minRecall);
    }

    /// <summary>The capacity asked for, or null for the default; a wrong value is the user's to fix (exit 1).</summary>
    public FlagCapacity? Read(ParseResult parsed)
    {
        var capacity = FlagCapacity.Parse(parsed.GetValue(flagShare), parsed.GetValue(minRecall), out var problem);
        return problem is null ? capacity : throw new UserInputException(problem);
    }
}
