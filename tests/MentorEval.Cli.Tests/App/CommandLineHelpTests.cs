using System.CommandLine;
using System.Text.Json;
using MentorEval.Cli.App;
using MentorEval.Cli.Tests.Support;
using MentorEval.Core.Diagnostics;

namespace MentorEval.Cli.Tests.App;

/// <summary>
/// Issue #15 §5: a leader stuck in the terminal gets the nearest command or option for a mistyped one, JSON on stdout
/// for a command line that does not parse when --json was asked, and help that reads at 80 columns in a file: no word
/// cut, no default said twice, roles as users type them.
/// </summary>
public sealed class CommandLineHelpTests
{
    [Theory]
    [InlineData("analyse", "analyze")]
    [InlineData("retension", "retention")]
    [InlineData("risk predcit", "predict")]
    [InlineData("analyze --cohrt 2024", "--cohort")]
    public async Task A_mistyped_command_or_option_is_answered_with_the_nearest_one(string typed, string meant)
    {
        using var folder = new TemporaryFolder();

        var run = await CliHarness.RunAsync(folder.Path, typed.Split(' '));

        run.ExitCode.ShouldBe(ExitCode.Usage);
        run.Output.ShouldContain($"Did you mean '{meant}'?");
        Directory.EnumerateFileSystemEntries(folder.Path).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_command_line_that_does_not_parse_is_json_on_stdout_with_json_and_text_on_stderr()
    {
        using var folder = new TemporaryFolder();
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = await CliApp.RunAsync(["analyze", "--json"], new Terminal(Terminal.Capture(stdout).Console, stdout, stderr),
            new CliHarness.FixedEnvironment(folder.Path));

        exit.ShouldBe(ExitCode.Usage);
        stderr.ToString().ShouldStartWith("error: Option '--cohort' is required.");
        var diagnostic = JsonDocument.Parse(stdout.ToString()).RootElement.GetProperty("diagnostics").EnumerateArray().ShouldHaveSingleItem()
            .Deserialize<Diagnostic>(Json.Options)!;
        (diagnostic.File, diagnostic.Code, diagnostic.Message).ShouldBe(("mentoreval analyze", DiagnosticCodes.Option.Usage, "Option '--cohort' is required."));
        diagnostic.Fix.ShouldBe("Run 'mentoreval analyze --help' to see the usage.");
    }

    public static TheoryData<string> Commands()
    {
        var data = new TheoryData<string>();
        using var folder = new TemporaryFolder();
        // Every command of the tree, found from the root's own help output's "Commands:" lists, as a user would.
        var pending = new Queue<string>([""]);
        while (pending.TryDequeue(out var command))
        {
            data.Add(command);
            var help = CliHarness.RunAsync(folder.Path, [.. command.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help"]).GetAwaiter().GetResult().Output;
            var commands = help.Split('\n').SkipWhile(l => !l.StartsWith("Commands:")).Skip(1).TakeWhile(l => l.StartsWith("  "))
                // A command's line starts two spaces in; its wrapped description, further in.
                .Where(l => l.Length > 2 && char.IsLetter(l[2])).Select(l => l.Trim().Split(' ')[0]);
            foreach (var sub in commands) pending.Enqueue($"{command} {sub}".Trim());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Help_written_to_a_file_fits_80_columns_with_no_word_cut_and_no_default_said_twice(string command)
    {
        using var folder = new TemporaryFolder();

        var help = (await CliHarness.RunAsync(folder.Path, [.. command.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help"])).Output;

        var lines = help.ReplaceLineEndings("\n").Split('\n');
        lines.Where(l => l.Length > HelpText.RedirectedWidth).ShouldBeEmpty();
        // A value name cut across lines leaves a "<" without its ">".
        lines.Where(l => l.Count(c => c == '<') != l.Count(c => c == '>') && !l.Contains("\"")).ShouldBeEmpty();
        Entries(lines).Where(entry => entry.Contains("(default") && entry.Contains("[default:")).ShouldBeEmpty();
        help.Contains("Mentee|Mentor", StringComparison.Ordinal).ShouldBeFalse(help);
        help.Contains("Mentor|Mentee", StringComparison.Ordinal).ShouldBeFalse(help);
    }

    /// <summary>Each option's lines of help joined: an entry starts at a line beginning "  -".</summary>
    private static IEnumerable<string> Entries(IEnumerable<string> lines)
    {
        var entry = new List<string>();
        foreach (var line in lines)
        {
            if (line.StartsWith("  -") && entry.Count > 0)
            {
                yield return string.Join(" ", entry);
                entry.Clear();
            }

            entry.Add(line.Trim());
        }

        yield return string.Join(" ", entry);
    }

    [Fact]
    public async Task Roles_are_shown_and_taken_in_lower_case()
    {
        using var folder = new TemporaryFolder();

        var help = (await CliHarness.RunAsync(folder.Path, "import", "--help")).Output;

        help.ShouldContain("--role <mentor|mentee>");
    }
}
