using System.Reflection;
using System.Xml.Linq;

namespace MentorEval.Architecture.Tests;

/// <summary>
/// Dependencies point one way (docs/architecture.md): Core is the pure domain; Import, Storage, Risk and Reporting each
/// build on Core alone; the application layer holds the workflows and knows no front end; the CLI reaches the IO
/// projects only through the application layer. Checked on what each compiled assembly really references, and on
/// what its project file asks for.
/// </summary>
public sealed class LayeringTests
{
    private static readonly string[] IoPackages =
        ["Microsoft.EntityFrameworkCore", "Microsoft.Data.Sqlite", "SQLitePCL", "Npgsql", "CsvHelper", "ClosedXML", "DocumentFormat.OpenXml", "Microsoft.ML", "ScottPlot", "SkiaSharp", "PdfSharp", "PDFsharp"];

    private static readonly string[] IoProjects = ["MentorEval.Import", "MentorEval.Storage", "MentorEval.Risk", "MentorEval.Reporting"];

    private static readonly string[] FrontEnds = ["mentoreval", "MentorEval.Cli", "System.CommandLine", "Spectre.Console", "Microsoft.AspNetCore"];

    /// <summary>Each project by its assembly and folder name, with the names (assemblies, projects or packages) it must not reference.</summary>
    public static TheoryData<string> Projects => new(Rules.Keys);

    private static readonly Dictionary<string, (Assembly Assembly, string[] Forbidden)> Rules = new()
    {
        ["MentorEval.Core"] = (typeof(Core.Instruments.InstrumentLibrary).Assembly, [.. IoPackages, "MentorEval.", "mentoreval", ..FrontEnds]),
        ["MentorEval.Import"] = (typeof(Import.Instruments.InstrumentFiles).Assembly, [.. OurProjectsBut("MentorEval.Import"), .. FrontEnds]),
        ["MentorEval.Storage"] = (typeof(Storage.Database.StoreLocation).Assembly, [.. OurProjectsBut("MentorEval.Storage"), .. FrontEnds]),
        ["MentorEval.Risk"] = (typeof(Risk.Models.RiskModel).Assembly, [.. OurProjectsBut("MentorEval.Risk"), .. FrontEnds]),
        ["MentorEval.Reporting"] = (typeof(Reporting.Report.CohortReportWriter).Assembly, [.. OurProjectsBut("MentorEval.Reporting"), .. FrontEnds]),
        ["MentorEval.Application"] = (typeof(Application.Programs.Workspace).Assembly, FrontEnds),
        ["MentorEval.Cli"] = (typeof(Cli.App.CliApp).Assembly, [.. IoProjects, .. IoPackages]),
        // The web app is a front end beside the CLI: the same rule, and no CLI either.
        ["MentorEval.Web"] = (typeof(Web.Api.ProgramName).Assembly, [.. IoProjects, .. IoPackages, "mentoreval", "MentorEval.Cli", "System.CommandLine", "Spectre.Console"]),
    };

    [Theory]
    [MemberData(nameof(Projects))]
    public void A_project_s_assembly_references_nothing_its_layer_must_not(string project)
    {
        var (assembly, forbidden) = Rules[project];
        var broken = assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(name => forbidden.Any(f => Matches(name, f))).ToList();
        broken.ShouldBeEmpty($"{project} ({assembly.GetName().Name}.dll) references {string.Join(", ", broken)}, which its layer must not (docs/architecture.md).");
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void A_project_file_asks_for_nothing_its_layer_must_not(string project)
    {
        var (_, forbidden) = Rules[project];
        var file = XDocument.Load(Repository.PathOf("src", project, project + ".csproj"));
        var references = file.Descendants("ProjectReference").Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')))
            .Concat(file.Descendants("PackageReference").Select(r => r.Attribute("Include")!.Value)).ToList();
        var broken = references.Where(name => forbidden.Any(f => Matches(name, f))).ToList();
        broken.ShouldBeEmpty($"{project}.csproj references {string.Join(", ", broken)}, which its layer must not (docs/architecture.md).");
    }

    [Fact]
    public void The_command_line_reaches_the_libraries_only_through_the_application_layer()
    {
        var ours = typeof(Cli.App.CliApp).Assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("MentorEval.", StringComparison.Ordinal));
        ours.Order(StringComparer.Ordinal).ShouldBe(["MentorEval.Application", "MentorEval.Core"]);
    }

    [Fact]
    public void The_web_app_reaches_the_libraries_only_through_the_application_layer()
    {
        var ours = typeof(Web.Api.ProgramName).Assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("MentorEval.", StringComparison.Ordinal));
        ours.Order(StringComparer.Ordinal).ShouldBe(["MentorEval.Application", "MentorEval.Core"]);
    }

    /// <summary>A name matches a rule when it is the rule or a part of it (Microsoft.ML.FastTree is Microsoft.ML); a rule ending in '.' is a prefix.</summary>
    private static bool Matches(string name, string rule) =>
        rule.EndsWith('.') ? name.StartsWith(rule, StringComparison.Ordinal)
        : name == rule || name.StartsWith(rule + ".", StringComparison.Ordinal);

    private static string[] OurProjectsBut(string self) =>
        [.. new[] { "MentorEval.Import", "MentorEval.Storage", "MentorEval.Risk", "MentorEval.Reporting", "MentorEval.Application" }.Where(p => p != self)];
}
