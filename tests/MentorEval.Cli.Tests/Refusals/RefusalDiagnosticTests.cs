using System.Text.Json;
using MentorEval.Cli.App;
using MentorEval.Cli.Tests.Support;
using MentorEval.Core.Diagnostics;
using MentorEval.Testing.Stores;

namespace MentorEval.Cli.Tests.Refusals;

/// <summary>
/// Issue #12: a command that cannot run (a refusal) and an option value that breaks its rule are diagnostics like every
/// other problem: a stable code, the file (or option) they are about and a fix, shown by the one renderer on stderr and,
/// with --json, also as JSON on stdout, with exit code 1.
/// </summary>
public sealed class RefusalDiagnosticTests : IDisposable
{
    private readonly ProgramFolder program = new(StoreKind.Sqlite);

    public void Dispose() => program.Dispose();

    [Fact]
    public async Task An_option_value_that_breaks_its_rule_is_a_diagnostic_naming_the_option_with_its_value_code_and_fix_in_json_on_stdout()
    {
        var run = await RunAsync("analyze", "--cohort", "2024", "--min-cell", "0", "--json");

        run.Exit.ShouldBe(ExitCode.InvalidInput);
        var diagnostic = SingleDiagnostic(run.Stdout);
        (diagnostic.File, diagnostic.Code, diagnostic.Value).ShouldBe(("--min-cell", DiagnosticCodes.Option.NumberOutOfRange, "0"));
        diagnostic.Fix.ShouldNotBeNullOrWhiteSpace();
        run.Stderr.Trim().ShouldBe($"error: {DiagnosticText.Line(diagnostic)}");
    }

    [Fact]
    public async Task A_refusal_is_a_diagnostic_with_a_code_and_a_fix_in_the_terminal_and_in_json_on_stdout()
    {
        await program.ImportRosterAsync();

        var terminal = await RunAsync("analyze", "--cohort", "1999");
        var json = await RunAsync("analyze", "--cohort", "1999", "--json");

        (terminal.Exit, json.Exit).ShouldBe((ExitCode.InvalidInput, ExitCode.InvalidInput));
        terminal.Stdout.ShouldBeEmpty();
        var diagnostic = SingleDiagnostic(json.Stdout);
        (diagnostic.File, diagnostic.Code, diagnostic.Value).ShouldBe((program.Database, DiagnosticCodes.Program.CohortUnknown, "1999"));
        diagnostic.Fix.ShouldBe("Name one of the known cohorts.");
        terminal.Stderr.Trim().ShouldBe($"error: {DiagnosticText.Line(diagnostic)}");
        json.Stderr.ShouldBe(terminal.Stderr);
    }

    [Theory]
    [InlineData(DiagnosticCodes.Option.DateInvalid, "retention", "--as-of", "2026-13-01")]
    [InlineData(DiagnosticCodes.Option.DateInvalid, "roster", "import", "roster.csv", "--changed-on", "yesterday")]
    [InlineData(DiagnosticCodes.Option.NumberOutOfRange, "sample", "generate", "--out", "s", "--pairs", "0")]
    [InlineData(DiagnosticCodes.Option.ListInvalid, "sample", "generate", "--out", "s", "--waves", "a,b,a")]
    [InlineData(DiagnosticCodes.Option.ListInvalid, "import", "x.csv", "--instrument", "pair-pulse", "--event-wave", "baseline")]
    [InlineData(DiagnosticCodes.Option.CapacityInvalid, "risk", "predict", "--cohort", "2024", "--flag-share", "1.5")]
    [InlineData(DiagnosticCodes.Option.CapacityInvalid, "risk", "predict", "--cohort", "2024", "--flag-share", "0.2", "--min-recall", "0.6")]
    [InlineData(DiagnosticCodes.Option.NameInvalid, "analyze", "--cohort", "a\u001bb")]
    [InlineData(DiagnosticCodes.Option.RoleInvalid, "instruments", "import-redcap", "dictionary.csv", "--form", "f", "--out", "f.json", "--roles", "mentor,coach")]
    public async Task Every_option_rule_gives_a_diagnostic_with_its_code_the_option_and_a_fix_before_the_command_runs(string code, params string[] args)
    {
        var run = await RunAsync([.. args, "--json"]);

        run.Exit.ShouldBe(ExitCode.InvalidInput, run.Stderr);
        var diagnostic = SingleDiagnostic(run.Stdout);
        diagnostic.Code.ShouldBe(code);
        diagnostic.File.ShouldStartWith("--");
        args.ShouldContain(diagnostic.File);
        diagnostic.Fix.ShouldNotBeNullOrWhiteSpace();
    }

    [Theory]
    [InlineData(DiagnosticCodes.Input.Missing, "import", "missing.csv", "--instrument", "pair-pulse")]
    [InlineData(DiagnosticCodes.Input.Missing, "roster", "import", "missing.csv")]
    [InlineData(DiagnosticCodes.Database.Missing, "risk", "predict", "--cohort", "2024")]
    [InlineData(DiagnosticCodes.Database.Missing, "report", "--cohort", "2024", "--out", "report")]
    [InlineData(DiagnosticCodes.Program.InstrumentUnknown, "score", "roster.csv", "--instrument", "no-such-instrument")]
    [InlineData(DiagnosticCodes.Output.Protected, "score", "roster.csv", "--instrument", "pair-pulse", "--out", "roster.csv")]
    public async Task Every_refusal_gives_a_diagnostic_with_a_documented_code_and_a_fix(string code, params string[] args)
    {
        var run = await RunAsync([.. args, "--json"]);

        run.Exit.ShouldBe(ExitCode.InvalidInput, run.Stderr);
        var diagnostic = SingleDiagnostic(run.Stdout);
        diagnostic.Code.ShouldBe(code);
        diagnostic.File.ShouldNotBeNullOrWhiteSpace();
        diagnostic.Fix.ShouldNotBeNullOrWhiteSpace();
        File.ReadAllText(Repository.PathOf("docs/diagnostics.md")).ShouldContain($"`{code}`");
    }

    [Fact]
    public async Task A_redcap_conversion_writes_the_roles_given_and_refuses_a_role_that_is_neither_mentor_nor_mentee()
    {
        program.Write("dictionary.csv", """
            "Variable / Field Name","Form Name","Section Header","Field Type","Field Label","Choices, Calculations, OR Slider Labels"
            record_id,checkin,,text,Record ID,
            q1,checkin,,radio,How helpful,"1, Not at all | 2, A little | 3, Very"
            """);

        var wrong = await RunAsync("instruments", "import-redcap", "dictionary.csv", "--form", "checkin", "--out", "wrong.json", "--roles", "mentee,coach");
        var right = await RunAsync("instruments", "import-redcap", "dictionary.csv", "--form", "checkin", "--out", "checkin.json", "--roles", "Mentee");

        wrong.Exit.ShouldBe(ExitCode.InvalidInput);
        wrong.Stderr.ShouldStartWith("error: --roles: \"mentee,coach\" is not a list of roles.");
        File.Exists(program.PathOf("wrong.json")).ShouldBeFalse();
        right.Exit.ShouldBe(ExitCode.Success, right.Stderr);
        JsonDocument.Parse(File.ReadAllText(program.PathOf("checkin.json"))).RootElement.GetProperty("roles").EnumerateArray().Select(r => r.GetString())
            .ShouldBe(["mentee"]);
    }

    private async Task<(int Exit, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var capture = Terminal.Capture(stdout);
        var exit = await CliApp.RunAsync([.. args, "--db", program.Database], new Terminal(capture.Console, stdout, stderr),
            new CliHarness.FixedEnvironment(program.Path));
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static Diagnostic SingleDiagnostic(string stdout)
    {
        var root = JsonDocument.Parse(stdout).RootElement;
        root.GetProperty("refused").GetBoolean().ShouldBeTrue();
        var diagnostic = root.GetProperty("diagnostics").EnumerateArray().ShouldHaveSingleItem();
        diagnostic.EnumerateObject().Select(p => p.Name).ShouldBe(DiagnosticText.Fields);
        return diagnostic.Deserialize<Diagnostic>(Json.Options)!;
    }
}
