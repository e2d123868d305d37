using System.CommandLine;
using MentorEval.Application;
using MentorEval.Application.Instruments;
using MentorEval.Cli.App;
using MentorEval.Core.Diagnostics;
using MentorEval.Core.Pairs;
using MentorEval.Core.Text;

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
        var json = CommonOptions.Json();
        var command = new Command("list", "List the instruments in the library.") { json };
        command.SetAction(parsed =>
        {
            var library = ((LibraryOutcome.Loaded)new InstrumentDefinitions(context.Workspace(parsed)).Load()).Library;
            if (parsed.GetValue(json)) Json.Write(context.Terminal, InstrumentViews.List(library));
            else context.Terminal.Console.Write(InstrumentViews.ListTable(library));
            return ExitCode.Success;
        });
        return command;
    }

    private static Command Show(CliContext context)
    {
        var json = CommonOptions.Json();
        var id = new Argument<string>("id") { Description = "The instrument id, e.g. mca-26." };
        var command = new Command("show", "Show an instrument's items, response scales and scales.") { id, json };
        command.SetAction(parsed =>
        {
            var outcome = new InstrumentDefinitions(context.Workspace(parsed)).Find(parsed.GetValue(id)!);
            if (outcome is IRefused refused) return context.Refuse(refused, parsed);
            var instrument = ((InstrumentOutcome.Found)outcome).Instrument;
            if (parsed.GetValue(json)) Json.Write(context.Terminal, InstrumentViews.Detail(instrument));
            else context.Terminal.Console.Write(InstrumentViews.DetailRenderable(instrument));
            return ExitCode.Success;
        });
        return command;
    }

    private static Command Validate(CliContext context)
    {
        var json = CommonOptions.Json();
        var paths = new Argument<string[]>("path")
        {
            Description = "Definition files or folders (default: the instrument library).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("validate", "Check definitions against the format's rules; exit 1 if any has an error.") { paths, json };
        command.SetAction(parsed =>
        {
            var outcome = new InstrumentDefinitions(context.Workspace(parsed)).Validate(parsed.GetValue(paths) ?? []);
            if (outcome is IRefused refused) return context.Refuse(refused, parsed);
            var validated = (ValidationOutcome.Checked)outcome;
            if (parsed.GetValue(json)) Json.Write(context.Terminal, InstrumentViews.Validation(validated.Definitions));
            else context.Terminal.Console.Write(InstrumentViews.ValidationReport(validated.Definitions));
            return validated.AllValid ? ExitCode.Success : ExitCode.InvalidInput;
        });
        return command;
    }

    private static Command ImportRedcap(CliContext context)
    {
        var json = CommonOptions.Json();
        var dictionary = new Argument<string>("dictionary")
        {
            Description = "The REDCap data dictionary: the CSV (Project Setup → Data Dictionary → Download) or the API's metadata (CSV or JSON), or an instrument package (.zip).",
        };
        var form = new Option<string>("--form") { Description = "The form to convert, as named in the dictionary's \"Form Name\" column.", Required = true };
        var output = new Option<string>("--out") { Description = "The definition file to write, e.g. instruments/checkin.json.", Required = true };
        var reverse = new Option<string[]>("--reverse") { Description = "Reverse-keyed fields: FIELD[,FIELD...] (REDCap field names on a numeric scale)." };
        var id = new Option<string?>("--id") { Description = "Instrument id (default: the form name with dashes, e.g. mentee-checkin)." };
        var title = new Option<string?>("--title") { Description = "Instrument title (default: the form name as words)." };
        var version = new Option<string>("--version") { Description = "Definition version, MAJOR.MINOR.PATCH.", DefaultValueFactory = _ => "1.0.0" };
        var roles = context.Check(
            new Option<string>("--roles") { Description = "Who answers it: mentor, mentee or both, comma-separated.", DefaultValueFactory = _ => "mentor,mentee" },
            DiagnosticCodes.Option.RoleInvalid,
            text => Roles(text) is null ? ($"\"{Excerpt.Of(text)}\" is not a list of roles", "Give mentor, mentee or mentor,mentee") : null);
        var citation = new Option<string?>("--citation") { Description = "Where the instrument comes from (shown in reports)." };
        var force = new Option<bool>("--force") { Description = "Replace the --out file if it exists." };
        var keepIdentifiers = new Option<bool>("--keep-identifiers") { Description = "Also convert fields marked \"Identifier? = y\" (names, e-mails, phone numbers); left out by default." };
        var minAnswered = new Option<int?>("--min-answered") { Description = "Items each scale needs answered (default: three quarters of its items)." };
        var command = new Command("import-redcap", "Convert one form of a REDCap data dictionary into an instrument definition.")
        {
            dictionary, form, output, reverse, id, title, version, roles, citation, force, keepIdentifiers, minAnswered, json,
        };
        command.SetAction(parsed =>
        {
            var request = new RedcapRequest(parsed.GetValue(dictionary)!, parsed.GetValue(form)!, parsed.GetValue(output)!,
                Roles(parsed.GetValue(roles)!)!, SplitList(parsed.GetValue(reverse)), parsed.GetValue(version)!,
                parsed.GetValue(id), parsed.GetValue(title), parsed.GetValue(citation), parsed.GetValue(force),
                parsed.GetValue(keepIdentifiers), parsed.GetValue(minAnswered));
            var outcome = new ConvertRedcapDictionary(context.Workspace(parsed)).Run(request);
            if (outcome is IRefused refused) return context.Refuse(refused, parsed);
            var (conversion, instrument) = outcome switch
            {
                RedcapOutcome.Written w => (w.Conversion, w.Instrument),
                RedcapOutcome.NotWritten n => (n.Conversion, null),
                _ => throw new InvalidOperationException($"Unknown conversion outcome {outcome.GetType().Name}."),
            };

            if (parsed.GetValue(json))
            {
                Json.Write(context.Terminal, conversion);
            }
            else
            {
                foreach (var error in conversion.Errors) context.Terminal.Error.WriteLine($"error: {TerminalText.Lines(error.ToString())}");
                foreach (var problem in conversion.Problems.Where(p => p.IsError))
                    context.Terminal.Error.WriteLine(TerminalText.Lines($"error: {problem}"));
                context.Terminal.Console.Write(RedcapImportViews.Render(conversion, instrument));
            }

            return conversion.Written ? ExitCode.Success : ExitCode.InvalidInput;
        });
        return command;
    }

    /// <summary>The roles a comma-separated list names, each once; null when one is neither mentor nor mentee, or none is named.</summary>
    private static IReadOnlyList<Role>? Roles(string text)
    {
        var roles = SplitList([text]).Select(RoleText.Parse).ToList();
        return roles.Count == 0 || roles.Any(r => r is null) ? null : roles.OfType<Role>().Distinct().ToList();
    }

    /// <summary>"a,b" and repeated options alike, so both --reverse a,b and --reverse a --reverse b work.</summary>
    private static string[] SplitList(IEnumerable<string>? values) =>
        (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToArray();
}
