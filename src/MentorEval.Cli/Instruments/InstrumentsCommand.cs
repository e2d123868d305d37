using System.CommandLine;
using MentorEval.Cli.App;
using MentorEval.Core.Instruments;
using MentorEval.Import.Redcap;

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
        command.Subcommands.Add(ImportRedcap(context));
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

    private static Command ImportRedcap(CliContext context)
    {
        var json = CliContext.JsonOption();
        var dictionary = new Argument<string>("dictionary")
        {
            Description = "The REDCap data dictionary CSV (Project Setup → Data Dictionary → Download), in the download or API header style.",
        };
        var form = new Option<string>("--form") { Description = "The form to convert, as named in the dictionary's \"Form Name\" column.", Required = true };
        var output = new Option<string>("--out") { Description = "The definition file to write, e.g. instruments/checkin.json.", Required = true };
        var reverse = new Option<string[]>("--reverse") { Description = "Reverse-keyed fields: FIELD[,FIELD...] (REDCap field names on a numeric scale)." };
        var id = new Option<string?>("--id") { Description = "Instrument id (default: the form name with dashes, e.g. mentee-checkin)." };
        var title = new Option<string?>("--title") { Description = "Instrument title (default: the form name as words)." };
        var version = new Option<string>("--version") { Description = "Definition version, MAJOR.MINOR.PATCH.", DefaultValueFactory = _ => "1.0.0" };
        var roles = new Option<string>("--roles") { Description = "Who answers it: mentor, mentee or both, comma-separated.", DefaultValueFactory = _ => "mentor,mentee" };
        var citation = new Option<string?>("--citation") { Description = "Where the instrument comes from (shown in reports)." };
        var force = new Option<bool>("--force") { Description = "Replace the --out file if it exists." };
        var command = new Command("import-redcap", "Convert one form of a REDCap data dictionary into an instrument definition.")
        {
            dictionary, form, output, reverse, id, title, version, roles, citation, force, json,
        };
        command.SetAction(parsed =>
        {
            var folder = context.Environment.CurrentDirectory;
            var dictionaryPath = Path.GetFullPath(parsed.GetValue(dictionary)!, folder);
            if (File.Exists(dictionaryPath)) CliContext.RequireRegularFile(dictionaryPath, "data dictionary");
            var outPath = Path.GetFullPath(parsed.GetValue(output)!, folder);
            if (Directory.Exists(outPath))
                throw new UserInputException($"--out {outPath} is a folder; give a file path such as {Path.Combine(outPath, "checkin.json")}.");
            if (File.Exists(outPath) && !parsed.GetValue(force))
                throw new UserInputException($"{outPath} already exists. Add --force to replace it, or choose another --out.");
            // This command writes definitions, so the definitions folder is its place (--force guards what is there).
            using var outputs = new OutputFiles(new OutputGuard(context.StoreLocation(parsed), null, [(dictionaryPath, "the REDCap data dictionary")]));
            var definitionFile = outputs.Open(outPath, "the instrument definition", "--out");

            var options = new RedcapImportOptions(parsed.GetValue(form)!)
            {
                Id = parsed.GetValue(id),
                Title = parsed.GetValue(title),
                Version = parsed.GetValue(version)!,
                Roles = SplitList([parsed.GetValue(roles)!]),
                Citation = parsed.GetValue(citation),
                ReverseFields = SplitList(parsed.GetValue(reverse)),
            };
            var result = RedcapImport.FromFile(dictionaryPath, options);
            // The converter's output must pass the same checks as a hand-written file before it is saved.
            var definition = result.DefinitionJson is null ? null : InstrumentDefinition.Parse(result.DefinitionJson, outPath);
            var written = result.Succeeded && definition is { IsValid: true };
            if (written)
            {
                using (var text = new StreamWriter(definitionFile.Stream, new System.Text.UTF8Encoding(false))) text.Write(result.DefinitionJson);
                outputs.MoveIntoPlace();
            }

            var summary = RedcapImportViews.Summarize(dictionaryPath, options.Form, outPath, result, definition, written);
            if (parsed.GetValue(json))
            {
                Json.Write(context.Terminal, summary);
            }
            else
            {
                foreach (var error in result.Errors) context.Terminal.Error.WriteLine($"error: {TerminalText.Lines(error.ToString())}");
                foreach (var problem in definition?.Errors ?? [])
                    context.Terminal.Error.WriteLine(TerminalText.Lines($"error: {problem}"));
                context.Terminal.Console.Write(RedcapImportViews.Render(summary, definition?.Instrument));
            }

            return written ? ExitCode.Success : ExitCode.InvalidInput;
        });
        return command;
    }

    /// <summary>"a,b" and repeated options alike, so both --reverse a,b and --reverse a --reverse b work.</summary>
    private static string[] SplitList(IEnumerable<string>? values) =>
        (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToArray();

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
