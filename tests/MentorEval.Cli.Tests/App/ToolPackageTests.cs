using System.Diagnostics;
using System.Text.Json;
using MentorEval.Cli.Tests.Support;

namespace MentorEval.Cli.Tests.App;

/// <summary>
/// `dotnet pack` makes the .NET tool `mentoreval`, carrying the instrument library, so `mentoreval demo` works from any
/// folder once installed. Packing takes minutes on the CI's machine, so these check what the package is made of: the
/// project's packing settings as MSBuild evaluates them, and the built program (whose publish output the tool carries).
/// </summary>
public sealed class ToolPackageTests
{
    private static readonly string Project = Repository.PathOf("src", "MentorEval.Cli", "MentorEval.Cli.csproj");

    [Fact]
    public async Task The_project_packs_as_the_mentoreval_tool_into_the_repository_artifacts_folder()
    {
        var run = await RunAsync(Repository.Root, Dotnet.Host, "msbuild", Project, "-getProperty:PackAsTool", "-getProperty:ToolCommandName",
            "-getProperty:PackageId", "-getProperty:PackageOutputPath");

        run.ExitCode.ShouldBe(0, run.Output);
        var properties = JsonDocument.Parse(run.Output).RootElement.GetProperty("Properties");
        properties.GetProperty("PackAsTool").GetString().ShouldBe("true");
        properties.GetProperty("ToolCommandName").GetString().ShouldBe("mentoreval");
        properties.GetProperty("PackageId").GetString().ShouldBe("mentoreval");
        Path.GetFullPath(properties.GetProperty("PackageOutputPath").GetString()!).TrimEnd('/')
            .ShouldBe(Repository.PathOf("artifacts"));
        File.ReadAllLines(Repository.PathOf(".gitignore")).ShouldContain("artifacts/");
    }

    [Fact]
    public async Task The_version_option_prints_the_plain_version()
    {
        using var folder = new TemporaryFolder();

        var run = await RunAsync(folder.Path, Dotnet.Host, BuiltCli, "--version");

        run.ExitCode.ShouldBe(0, run.Output);
        run.Output.ShouldBe($"0.1.0{Environment.NewLine}");
    }

    [Fact]
    public async Task The_built_program_uses_the_library_shipped_beside_it_from_a_folder_without_instruments()
    {
        using var folder = new TemporaryFolder();
        var shipped = Directory.EnumerateFiles(Repository.PathOf("instruments"), "*.json").Select(Path.GetFileName).ToList();

        var run = await RunAsync(folder.Path, Dotnet.Host, BuiltCli, "instruments", "list", "--json");

        run.ExitCode.ShouldBe(0, run.Output);
        shipped.ShouldNotBeEmpty();
        foreach (var file in shipped) File.Exists(Path.Combine(AppContext.BaseDirectory, "instruments", file!)).ShouldBeTrue(file);
        run.Output.ShouldContain("\"mca-26\"");
    }

    private static string BuiltCli => Path.Combine(AppContext.BaseDirectory, "mentoreval.dll");

    private static async Task<CliHarness.Run> RunAsync(string folder, string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MENTOREVAL_", StringComparison.Ordinal)).ToList())
            start.Environment.Remove(name);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new CliHarness.Run(process.ExitCode, await output + await error);
    }
}
