using System.CommandLine;
using System.CommandLine.Parsing;
using MentorEval.Core.Diagnostics;
using MentorEval.Core.Pairs;

namespace MentorEval.Cli.App;

/// <summary>
/// A command line that does not parse (a mistyped command or option, a required option left out): each problem on
/// stderr with the nearest command or option for a mistyped one ("did you mean 'analyze'?"), and with --json also as
/// diagnostics on stdout, where a script reads results.
/// </summary>
public static class UsageErrors
{
    public static int Report(ParseResult parsed, Terminal terminal)
    {
        var command = parsed.CommandResult.Command;
        var where = string.Join(" ", parsed.CommandResult.Path());
        var diagnostics = new List<Diagnostic>();
        foreach (var error in parsed.Errors)
        {
            var token = parsed.UnmatchedTokens.FirstOrDefault(t => error.Message.Contains($"'{t}'", StringComparison.Ordinal));
            var nearest = token is null ? null : Nearest(token, command);
            var fix = nearest is not null ? $"Did you mean '{nearest}'?" : $"Run '{where} --help' to see the usage.";
            diagnostics.Add(new Diagnostic(where, DiagnosticCodes.Option.Usage, error.Message) { Fix = fix, Value = token });
            terminal.Error.WriteLine($"error: {TerminalText.Lines(error.Message)}" + (nearest is null ? "" : $" Did you mean '{nearest}'?"));
        }

        terminal.Error.WriteLine($"Run '{where} --help' to see the usage.");
        if (parsed.Tokens.Any(t => t.Value == "--json")) Json.Write(terminal, new { refused = true, diagnostics });
        return ExitCode.Usage;
    }

    /// <summary>The command or option of <paramref name="command"/> a mistyped word most likely meant: at most a third of its letters off.</summary>
    private static string? Nearest(string typed, Command command)
    {
        var names = command.Subcommands.Where(c => !c.Hidden).SelectMany(c => c.Aliases.Prepend(c.Name))
            .Concat(command.Options.Where(o => !o.Hidden).Concat(command.Parents.OfType<Command>().SelectMany(p => p.Options.Where(o => o.Recursive)))
                .SelectMany(o => o.Aliases.Prepend(o.Name)))
            .Where(n => n.StartsWith('-') == typed.StartsWith('-'))
            .Distinct();
        var limit = Math.Max(1, typed.Length / 3);
        return names.Select(n => (Name: n, Distance: ParticipantIds.Distance(typed.ToLowerInvariant(), n, limit)))
            .Where(n => n.Distance <= limit).OrderBy(n => n.Distance).ThenBy(n => n.Name, StringComparer.Ordinal).Select(n => n.Name).FirstOrDefault();
    }

    /// <summary>"mentoreval risk predict": the words that name the command.</summary>
    private static IEnumerable<string> Path(this CommandResult result)
    {
        var names = new Stack<string>();
        for (SymbolResult? at = result; at is CommandResult c; at = c.Parent) names.Push(c.Command is RootCommand ? "mentoreval" : c.Command.Name);
        return names;
    }
}
