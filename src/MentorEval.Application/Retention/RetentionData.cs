using MentorEval.Application.Programs;
using MentorEval.Core.Diagnostics;
using MentorEval.Core.Pairs;
using MentorEval.Core.Retention;
using MentorEval.Import.Retention;
using MentorEval.Storage.Database;
using MentorEval.Storage.Responses;
using MentorEval.Storage.Roster;

namespace MentorEval.Application.Retention;

/// <summary>
/// What a retention analysis reads from the store and the program's files: the roster, the baseline covariates from the
/// stored responses, and the closure-reasons table.
/// </summary>
internal static class RetentionData
{
    /// <summary>Reads the request, or says what is wrong (no roster, an unknown cohort or attribute, a reasons table with problems).</summary>
    public static async Task<Attempt<RetentionRequest>> LoadAsync(MentorEvalDb db, string storeName, DateOnly analysisDate, string? cohort, string? by,
        string? reasonsFile, CancellationToken cancel)
    {
        var roster = await RosterStore.LoadAsync(db, cancel);
        if (roster.Count == 0) return ProgramRefusals.NoRoster(storeName);
        if (cohort is not null && ProgramRefusals.UnknownCohort(roster, cohort, storeName) is { } unknown) return unknown;
        var attribute = by ?? "cohort";
        if (RetentionGrouping.By(attribute, roster) is not { } groupBy)
            return new Diagnostic("--by", DiagnosticCodes.Program.GroupingUnknown, $"The roster of {storeName} has no attribute \"{attribute}\".")
            {
                Fix = $"Group by one of {string.Join(", ", RetentionGrouping.Attributes(roster))}, or add a {attribute} column to the roster and import it again.",
                Value = attribute,
            };

        var table = ClosureReasonTable.Empty;
        if (reasonsFile is not null)
        {
            var file = ClosureReasonReader.Read(reasonsFile);
            if (!file.IsValid) return new Refusal(file.Problems);
            table = file.Table;
        }

        var responses = await ResponseStore.LoadAsync(db, cancel);
        return new RetentionRequest(roster, analysisDate)
        {
            Cohort = cohort,
            GroupName = attribute.ToLowerInvariant(),
            GroupBy = groupBy,
            Covariates = BaselineCovariates.From(roster, responses),
            Reasons = table,
        };
    }

    /// <summary>
    /// The program's reasons table: the one named, else retention/closure-reasons.csv in the working folder (a program's
    /// own edited copy), else the one shipped beside the executable.
    /// </summary>
    public static string? ReasonsFile(string? given, string currentDirectory)
    {
        if (given is not null) return Path.GetFullPath(given, currentDirectory);
        var local = Path.Combine(currentDirectory, "retention", ClosureReasonReader.DefaultFile);
        var shipped = Path.Combine(AppContext.BaseDirectory, "retention", ClosureReasonReader.DefaultFile);
        return File.Exists(local) ? local : File.Exists(shipped) ? shipped : null;
    }

    /// <summary>The reasons table a report uses (<see cref="ReasonsFile"/> without --reasons); its problems stop the report with their rows.</summary>
    public static Attempt<ClosureReasonTable> ReportReasons(string currentDirectory)
    {
        if (ReasonsFile(null, currentDirectory) is not { } path) return ClosureReasonTable.Empty;
        var file = ClosureReasonReader.Read(path);
        if (file.IsValid) return file.Table;
        // The table is found, not given: its diagnostics name it by its full path, so the user knows which one.
        return new Refusal(file.Problems.Select(p => p with { File = path }).ToList());
    }
}
