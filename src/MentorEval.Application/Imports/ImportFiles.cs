using MentorEval.Application.Programs;
using MentorEval.Core.Diagnostics;

namespace MentorEval.Application.Imports;

/// <summary>One file of a multi-file import: what it was read as, and how its import ended.</summary>
/// <param name="Wave">The wave given by its folder (responses/&lt;wave&gt;/&lt;instrument&gt;.csv) or --wave; null: each row's own.</param>
public sealed record FileImport(string File, string Instrument, string? Wave, ImportOutcome Outcome)
{
    /// <summary>Whether the file counts as failed: refused, or nothing stored because rows were rejected (as a single import's exit code says).</summary>
    public bool Failed => Outcome switch
    {
        ImportOutcome.Refused => true,
        ImportOutcome.RolledBack { Summary: var s } => s.Strict && s.Rejected > 0 || !s.DryRun && s.Imported + s.Replaced == 0 && s.Rejected > 0,
        ImportOutcome.Committed { Summary: var s } => s.Strict && s.Rejected > 0,
        _ => false,
    };
}

/// <summary>
/// Several exports in one command: files named one by one, or a folder laid out as the sample's responses
/// (&lt;wave&gt;/&lt;instrument&gt;.csv, e.g. sample-data/responses). Each file is its own import and its own transaction
/// (<see cref="ImportResponses"/>): one that fails leaves the others stored, and every file's outcome is reported.
/// </summary>
public sealed class ImportFiles(Workspace workspace)
{
    /// <param name="paths">Files and folders, relative to the workspace's folder or absolute.</param>
    /// <param name="options">The options every file shares; its File is ignored, its InstrumentId (may be empty) and Wave apply to every file when given.</param>
    public async Task<IReadOnlyList<FileImport>> RunAsync(IReadOnlyList<string> paths, ImportRequest options, IProgress<StepProgress>? progress, CancellationToken cancel)
    {
        var results = new List<FileImport>();
        foreach (var (file, instrument, wave) in Expand(paths, options))
        {
            cancel.ThrowIfCancellationRequested();
            if (Directory.Exists(workspace.FullPath(file)))
            {
                results.Add(new FileImport(file, "", wave, new ImportOutcome.Refused([new Diagnostic(workspace.FullPath(file), DiagnosticCodes.Option.Usage,
                    "This folder holds no wave folders: a folder to import is laid out as <wave>/<instrument>.csv (as sample-data/responses).")
                {
                    Fix = "Name the export files one by one, or import the folder that holds the wave folders.",
                }])));
                continue;
            }

            if (instrument is null)
            {
                results.Add(new FileImport(file, "", wave, new ImportOutcome.Refused([new Diagnostic(workspace.FullPath(file), DiagnosticCodes.Option.Usage,
                    "This file is not in a folder laid out as <wave>/<instrument>.csv, and no --instrument was given.")
                {
                    Fix = "Give --instrument for the files named one by one, or import the folder that holds the wave folders.",
                }])));
                continue;
            }

            // Several files cannot share one rejects file: each gets its own beside it.
            var request = options with { File = file, InstrumentId = instrument, Wave = wave, RejectsPath = null };
            results.Add(new FileImport(file, instrument, wave, await new ImportResponses(workspace).RunAsync(request, progress, cancel)));
        }

        return results;
    }

    /// <summary>
    /// The files to import, in order, with the instrument and wave of each: a folder's &lt;wave&gt;/&lt;instrument&gt;.csv
    /// files, by wave folder then instrument; a file as named.
    /// </summary>
    private IEnumerable<(string File, string? Instrument, string? Wave)> Expand(IReadOnlyList<string> paths, ImportRequest options)
    {
        var instrument = options.InstrumentId is { Length: > 0 } id ? id : null;
        foreach (var path in paths)
        {
            var full = workspace.FullPath(path);
            if (!Directory.Exists(full))
            {
                yield return (path, instrument, options.Wave);
                continue;
            }

            var waves = Directory.EnumerateDirectories(full).Order(StringComparer.Ordinal).ToList();
            // A folder of exports alone says no wave: it is refused (above) rather than its name taken as one.
            if (waves.Count == 0) yield return (path, instrument, options.Wave);
            foreach (var folder in waves)
            foreach (var csv in Directory.EnumerateFiles(folder, "*.csv").Where(f => !f.EndsWith(".rejects.csv", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal))
                yield return (Path.GetRelativePath(workspace.CurrentDirectory, csv), instrument ?? Path.GetFileNameWithoutExtension(csv), options.Wave ?? Path.GetFileName(folder));
        }
    }
}
