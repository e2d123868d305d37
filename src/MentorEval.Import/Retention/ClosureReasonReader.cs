using MentorEval.Core.Diagnostics;
using MentorEval.Core.Retention;
using MentorEval.Import.Exports;

namespace MentorEval.Import.Retention;

/// <summary>
/// Reads the program's closure-reasons table (<c>reason,family</c>; the shipped one is retention/closure-reasons.csv):
/// each free-text reason the roster uses, and the family it belongs to (mentor_time_or_life, mentee_time_or_life,
/// relationship, program, unknown). Every problem is reported with its row and column.
/// </summary>
public static class ClosureReasonReader
{
    public const string DefaultFile = "closure-reasons.csv";

    private static readonly string Families = string.Join(", ", Enum.GetValues<ClosureReasonFamily>().Select(ClosureReasonText.Code));

    public static ClosureReasonFile Read(string path)
    {
        using var source = CsvSource.Open(path);
        return Read(source, Path.GetFileName(path));
    }

    public static ClosureReasonFile Read(CsvSource source, string file)
    {
        if (source.Dialect is null)
            return new ClosureReasonFile(ClosureReasonTable.Empty, source.Problems.Select(p => p with { File = file, Code = DiagnosticCodes.ClosureReasons.Unreadable, Row = null, Column = null }).ToList());

        using var records = source.ReadRecords().GetEnumerator();
        if (!records.MoveNext()) return new ClosureReasonFile(ClosureReasonTable.Empty, [new Diagnostic(file, DiagnosticCodes.ClosureReasons.Empty, "The file is empty. Its first line must be: reason,family")]);
        var header = records.Current.Fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        var (reasonColumn, familyColumn) = (header.IndexOf("reason"), header.IndexOf("family"));
        if (reasonColumn < 0 || familyColumn < 0)
            return new ClosureReasonFile(ClosureReasonTable.Empty, [new Diagnostic(file, DiagnosticCodes.ClosureReasons.HeaderMissing, "The header must name the columns reason and family (reason,family).")
                    { Row = records.Current.Row, Column = reasonColumn < 0 ? "reason" : "family" }]);

        var entries = new Dictionary<string, (ClosureReasonFamily Family, int Row)>(StringComparer.Ordinal);
        var problems = new List<Diagnostic>();
        while (records.MoveNext())
        {
            var record = records.Current;
            var reason = ClosureReasonText.Normalise(record[reasonColumn]);
            var code = record[familyColumn].Trim();
            if (reason.Length == 0 && code.Length == 0) continue;
            if (reason.Length == 0)
            {
                problems.Add(new Diagnostic(file, DiagnosticCodes.ClosureReasons.ReasonEmpty, "the reason is empty; write the closure reason as the roster gives it") { Row = record.Row, Column = "reason" });
                continue;
            }

            if (ClosureReasonText.Parse(code) is not { } family)
            {
                problems.Add(new Diagnostic(file, DiagnosticCodes.ClosureReasons.FamilyUnknown, $"\"{code}\" is not a family; write one of {Families}") { Row = record.Row, Column = "family", Value = code });
                continue;
            }

            if (entries.TryGetValue(reason, out var earlier) && earlier.Family != family)
            {
                problems.Add(new Diagnostic(file, DiagnosticCodes.ClosureReasons.ReasonRepeated,
                    $"\"{reason}\" is already mapped to {ClosureReasonText.Code(earlier.Family)} in row {earlier.Row}; keep one of the two rows") { Row = record.Row, Column = "reason" });
                continue;
            }

            entries[reason] = (family, record.Row);
        }

        return new ClosureReasonFile(new ClosureReasonTable(entries.Select(e => KeyValuePair.Create(e.Key, e.Value.Family))), problems);
    }
}
