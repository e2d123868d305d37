using MentorEval.Core.Diagnostics;
using MentorEval.Application.Files;
using MentorEval.Application.Programs;
using MentorEval.Core.Instruments;
using MentorEval.Core.Pairs;
using MentorEval.Import.Redcap;

namespace MentorEval.Application.Instruments;

/// <param name="Dictionary">The REDCap data dictionary CSV (relative to the workspace's folder or absolute).</param>
/// <param name="Form">The form to convert, as named in the dictionary's "Form Name" column.</param>
/// <param name="Out">The definition file to write.</param>
/// <param name="ReverseFields">Reverse-keyed fields (REDCap field names on a numeric scale).</param>
/// <param name="Force">Replace the file at <see cref="Out"/> if there is one.</param>
/// <param name="Roles">Who answers the instrument.</param>
/// <param name="KeepIdentifiers">Convert fields marked "Identifier? = y" too (left out by default).</param>
/// <param name="MinAnswered">Items each scale needs answered (default: three quarters of its items).</param>
public sealed record RedcapRequest(string Dictionary, string Form, string Out, IReadOnlyList<Role> Roles, IReadOnlyList<string> ReverseFields,
    string Version = "1.0.0", string? Id = null, string? Title = null, string? Citation = null, bool Force = false,
    bool KeepIdentifiers = false, int? MinAnswered = null);

public abstract record RedcapOutcome
{
    /// <summary>The definition was converted, passed the definition checks and was written.</summary>
    public sealed record Written(RedcapConversion Conversion, Instrument Instrument) : RedcapOutcome;

    /// <summary>The dictionary or the converted definition has errors: nothing was written; the conversion lists them.</summary>
    public sealed record NotWritten(RedcapConversion Conversion) : RedcapOutcome;

    public sealed record Refused(IReadOnlyList<Diagnostic> Diagnostics) : RedcapOutcome, IRefused;
}

/// <summary>What converting one form of a REDCap dictionary produced.</summary>
/// <param name="Written">Whether the definition file was written (only when conversion and validation both succeeded).</param>
/// <param name="Problems">What the definition checks found in the converted definition (warnings such as a missing citation, or errors).</param>
public sealed record RedcapConversion(
    string Dictionary,
    string Form,
    string Output,
    bool Written,
    string? Instrument,
    IReadOnlyList<string> Items,
    IReadOnlyList<string> Scales,
    IReadOnlyList<string> ResponseScales,
    IReadOnlyList<RedcapFieldLeftOut> Unsupported,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<Diagnostic> Errors,
    IReadOnlyList<Diagnostic> Problems);

/// <summary>A dictionary field that was not converted, and why.</summary>
public sealed record RedcapFieldLeftOut(string Field, string Type, int Row, string Reason);

/// <summary>Converts one form of a REDCap data dictionary into an instrument definition, written only if it passes the definition checks.</summary>
public sealed class ConvertRedcapDictionary(Workspace workspace)
{
    public RedcapOutcome Run(RedcapRequest request) => Refusal.UnlessStoreFails<RedcapOutcome>(workspace, () =>
    {
        var dictionaryPath = workspace.FullPath(request.Dictionary);
        if (File.Exists(dictionaryPath) && InputFile.NotRegular(dictionaryPath, "data dictionary") is { } notRegular) return Refused(notRegular);
        var outPath = workspace.FullPath(request.Out);
        if (Directory.Exists(outPath))
            return Refused(new Diagnostic(outPath, DiagnosticCodes.Output.IsFolder, "--out names a folder; --out needs a file path.")
            {
                Fix = $"Give a file path such as {Path.Combine(outPath, "checkin.json")}.",
            });
        if (File.Exists(outPath) && !request.Force)
            return Refused(new Diagnostic(outPath, DiagnosticCodes.Output.Exists, "This file already exists.") { Fix = "Add --force to replace it, or choose another --out." });
        // This use case writes definitions, so the definitions folder is its place (Force guards what is there).
        using var outputs = new OutputFiles(new OutputGuard(workspace.Store, null, [(dictionaryPath, "the REDCap data dictionary")]));
        var definitionFile = outputs.Open(outPath, "the instrument definition", "--out");
        if (outputs.Problem is { } unwritable) return Refused(unwritable);

        var options = new RedcapImportOptions(request.Form)
        {
            Id = request.Id,
            Title = request.Title,
            Version = request.Version,
            Roles = request.Roles.ToArray(),
            Citation = request.Citation,
            ReverseFields = request.ReverseFields.ToArray(),
            KeepIdentifiers = request.KeepIdentifiers,
            MinAnswered = request.MinAnswered,
        };
        var result = RedcapImport.FromFile(dictionaryPath, options);
        // The converter's output must pass the same checks as a hand-written file before it is saved.
        var definition = result.DefinitionJson is null ? null : InstrumentDefinition.Parse(result.DefinitionJson, outPath);
        var written = result.Succeeded && definition is { IsValid: true };
        if (written)
        {
            using (var text = new StreamWriter(definitionFile.Stream, new System.Text.UTF8Encoding(false))) text.Write(result.DefinitionJson);
            if (outputs.MoveIntoPlace() is { } failed) return Refused(failed);
        }

        var instrument = definition?.Instrument;
        var conversion = new RedcapConversion(dictionaryPath, options.Form, outPath, written, instrument?.Id,
            instrument?.Items.Select(i => i.Id).ToList() ?? [],
            instrument?.Scales.Select(s => s.Id).ToList() ?? [],
            instrument?.ResponseScales.Select(s => s.Id).ToList() ?? [],
            result.Unsupported.Select(u => new RedcapFieldLeftOut(u.Field, u.Type, u.Row, u.Reason)).ToList(),
            result.Warnings,
            result.Errors,
            definition?.Problems ?? []);
        return written ? new RedcapOutcome.Written(conversion, instrument!) : new RedcapOutcome.NotWritten(conversion);
    }, d => new RedcapOutcome.Refused(d));

    private static RedcapOutcome Refused(Refusal refusal) => new RedcapOutcome.Refused(refusal.Diagnostics);
}
