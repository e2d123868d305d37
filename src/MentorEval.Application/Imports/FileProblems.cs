using MentorEval.Core.Diagnostics;
using MentorEval.Import.Exports;
using MentorEval.Import.Responses;
using MentorEval.Storage.Roster;

namespace MentorEval.Application.Imports;

/// <summary>
/// What is wrong with an import as a whole, found before any row is read: said once about the file, where checking
/// row by row would reject every row with the same message (a file of 107 rows without a wave gave 107 rejections).
/// </summary>
internal static class FileProblems
{
    /// <param name="file">The export as the user named it.</param>
    public static Refusal? Of(string file, ExportReader reader, ResponseImportOptions options, StoredRoster roster)
    {
        var problems = new List<Diagnostic>();
        if (options.Wave is null && !reader.Columns.Any(c => c.Kind is ColumnKind.Wave or ColumnKind.Event))
            problems.Add(new Diagnostic(file, DiagnosticCodes.Response.WaveMissing,
                "This file has no wave column (nor REDCap events), and no --wave was given, so no response can be given a wave.")
            {
                Fix = "Name the wave of every response with --wave (e.g. --wave baseline), or add a wave column.",
            });

        var cohorts = roster.Pairs.Select(p => p.Cohort).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        if (options.Cohort is { } cohort && cohorts.Count > 0 && !cohorts.Contains(cohort, StringComparer.OrdinalIgnoreCase))
            problems.Add(new Diagnostic(file, DiagnosticCodes.Program.CohortUnknown,
                $"--cohort \"{cohort}\" is not a cohort of the roster (it has {string.Join(", ", cohorts.Select(c => $"\"{c}\""))}), so every row would be turned away.")
            {
                Fix = "Name one of the roster's cohorts, or leave --cohort out.",
                Value = cohort,
            });

        return problems.Count == 0 ? null : new Refusal(problems);
    }
}
