using System.CommandLine;
using MentorEval.Cli.App;
using MentorEval.Core.Instruments;

namespace MentorEval.Cli.Instruments;

/// <summary>`mentoreval instruments list|show|validate|import-redcap`.</summary>
public static class InstrumentsCommand
{
    public static Command Build(CliContext context)
    {
        var command = new Command("instruments", "List, show and validate instrument definitions; convert REDCap dictionaries.");
        command.Subcommands.Add(List(context));
        command.Subcommands.Add(Show(context));
        command.Subcommands.Add(Validate(context));
        return command;
    }

    private static Command List(CliContext context)
    {
        var json = CliContext.JsonOption();
        var command = new Command("list", "List the instruments in the library.") { json };
        command.SetAction(parsed =>
        {
            var library = context.LoadLibrary(parsed);
            if (parsed.GetValue(json)) Json.Write(context.Terminal, InstrumentViews.List(library));
            else context.Terminal.Console.Write(InstrumentViews.ListTable(library));
            return ExitCode.Success;
        });
        return command;
    }

    private static Command Show(CliContext context)
    {
        var json = CliContext.JsonOption();
        var id = new Argument<string>("id") { Description = "The instrument id, e.g. mca-26." };
        var command = new Command("show", "Show an instrument's items, response scales and scales.") { id, json };
        command.SetAction(parsed =>
        {
            var library = context.LoadLibrary(parsed);
            var instrument = FindOrExplain(library, parsed.GetValue(id)!);
            if (parsed.GetValue(json)) Json.Write(context.Terminal, InstrumentViews.Detail(instrument));
            else context.Terminal.Console.Write(InstrumentViews.DetailRenderable(instrument));
            return ExitCode.Success;
        });
        return command;
    }

    private static Command Validate(CliContext context)
    {
        var json = CliContext.JsonOption();
        var paths = new Argument<string[]>("path")
        {
            Description = "Definition files or folders (default: the instrument library).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("validate", "Check definitions against the format's rules; exit 1 if any has an error.") { paths, json };
        command.SetAction(parsed =>
        {
            var given = parsed.GetValue(paths) ?? [];
            var definitions = given.Length == 0
                ? context.LoadLibrary(parsed).Definitions
                : given.SelectMany(p => LoadPath(context, p)).ToList();
            if (parsed.GetValue(json)) Json.Write(context.Terminal, InstrumentViews.Validation(definitions));
            else context.Terminal.Console.Write(InstrumentViews.ValidationReport(definitions));
            return definitions.Count > 0 && definitions.All(d => d.Result.IsValid)
                ? ExitCode.Success
                : ExitCode.InvalidInput;
        });
        return command;
    }

    internal static Instrument FindOrExplain(InstrumentLibrary library, string id)
    {
        if (library.Find(id) is { } instrument) return instrument;
        var broken = library.Definitions.FirstOrDefault(d => d.Result.Instrument?.Id == id);
        if (broken is not null)
            throw new UserInputException($"Instrument \"{id}\" ({broken.Path}) has errors; run 'mentoreval instruments validate {broken.Path}' to see them.");
        var known = string.Join(", ", library.Instruments.Select(i => i.Id));
        throw new UserInputException($"No instrument \"{id}\" in {library.Folder}. Known: {(known.Length == 0 ? "none" : known)}. Use --instruments to point at another folder.");
    }

    /// <summary>A folder is checked as a library (ids must be unique across it); a file on its own.</summary>
    private static IReadOnlyList<LoadedDefinition> LoadPath(CliContext context, string given)
    {
        var path = Path.GetFullPath(given, context.Environment.CurrentDirectory);
        if (Directory.Exists(path)) return InstrumentLibrary.Load(path).Definitions;
        if (File.Exists(path)) return InstrumentLibrary.FromFiles(Path.GetDirectoryName(path)!, [path]).Definitions;
        throw new UserInputException($"No file or folder \"{path}\". Give the path of a definition (.json) or of a folder of them.");
    }
}
