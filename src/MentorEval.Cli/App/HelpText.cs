using System.CommandLine;
using System.CommandLine.Help;

namespace MentorEval.Cli.App;

/// <summary>
/// How `--help` reads, for every command at once: choices in lower case as users type them (--role mentor|mentee, not
/// Mentee|Mentor), and lines of 80 characters in a file or a pipe as in a narrow terminal, where they would otherwise
/// run on without end.
/// </summary>
public static class HelpText
{
    /// <summary>The width of help written to a file or a pipe.</summary>
    public const int RedirectedWidth = 80;

    public static void Apply(RootCommand root, Terminal terminal)
    {
        if (root.Options.OfType<HelpOption>().FirstOrDefault()?.Action is HelpAction help && !Terminal.HasScreenWidth(terminal.Console))
            help.MaxWidth = RedirectedWidth;
        foreach (var option in Options(root))
        {
            var type = Nullable.GetUnderlyingType(option.ValueType) ?? option.ValueType;
            if (type.IsEnum && option.HelpName is null) option.HelpName = string.Join("|", Enum.GetNames(type).Select(n => n.ToLowerInvariant()));
        }
    }

    private static IEnumerable<Option> Options(Command command) =>
        command.Options.Concat(command.Subcommands.SelectMany(Options));
}
