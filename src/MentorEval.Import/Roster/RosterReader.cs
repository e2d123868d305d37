using System.Globalization;
using MentorEval.Core.Diagnostics;
using MentorEval.Core.Pairs;
using MentorEval.Core.Text;
using MentorEval.Import.Exports;

namespace MentorEval.Import.Roster;

/// <summary>
/// Reads a roster in the generic layout
/// (<c>pair_id,cohort,mentor_id,mentee_id,start_date,planned_end_date,status,end_date,closure_reason</c>).
/// Other columns are kept with each pair as its attributes (<see cref="RosterEntry.Attributes"/>).
/// Every row is checked and every problem reported; a roster is taken whole or not at all, because a half-read
/// roster would silently link responses to the wrong pairs.
/// </summary>
public static class RosterReader
{
    private static readonly string[] Required = ["pair_id", "cohort", "mentor_id", "mentee_id", "start_date", "planned_end_date", "status"];
    private static readonly string[] Optional = ["end_date", "closure_reason"];

    public static RosterFile Read(string path)
    {
        using var source = CsvSource.Open(path);
        return Read(source, Path.GetFileName(path));
    }

    public static RosterFile Read(CsvSource source, string file)
    {
        var problems = new List<Diagnostic>();
        if (source.Dialect is null)
            return new RosterFile([], source.Problems.Select(p => p with { File = file, Row = null, Column = null }).ToList());

        using var records = source.ReadRecords().GetEnumerator();
        if (!records.MoveNext())
            return new RosterFile([], [new Diagnostic(file, DiagnosticCodes.Roster.HeaderMissing, "The roster has no header row.")
            {
                Fix = "Its first line must be: " + string.Join(",", Required.Concat(Optional)),
            }]);

        var header = records.Current.Fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        var missing = Required.Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            return new RosterFile([], [new Diagnostic(file, DiagnosticCodes.Roster.ColumnsMissing,
                $"The roster lacks column(s) {string.Join(", ", missing)}. Found: {Excerpt.OfMessage(string.Join(",", header))}.")
            {
                Row = records.Current.Row, Column = string.Join(", ", missing),
                Fix = $"Its header must include: {string.Join(",", Required)} (and optionally {string.Join(",", Optional)}).",
            }]);
        }

        var index = Required.Concat(Optional).ToDictionary(c => c, c => header.IndexOf(c));
        // Any other named column (site, matching method, …) is kept with each pair as an attribute to group pairs by.
        var attributeColumns = header.Select((name, i) => (name, i))
            .Where(c => c.name.Length > 0 && !index.ContainsKey(c.name) && header.IndexOf(c.name) == c.i).ToList();
        var entries = new List<RosterEntry>();
        var firstRowOfPair = new Dictionary<string, int>(StringComparer.Ordinal);
        var pairSpellings = new Dictionary<string, (string Written, int Row)>(StringComparer.Ordinal);
        var participantSpellings = new Dictionary<string, (string Written, int Row)>(StringComparer.Ordinal);
        var rows = 0;
        while (records.MoveNext())
        {
            rows++;
            var record = records.Current;
            string Cell(string column) => index[column] < 0 ? "" : record[index[column]].Trim();
            var rowProblems = new List<Diagnostic>();
            void Problem(string code, string column, string message, string fix) =>
                rowProblems.Add(new Diagnostic(file, code, message) { Row = record.Row, Column = column.Length == 0 ? null : column, Fix = fix });
            string Id(string column, Dictionary<string, (string Written, int Row)> spellings)
            {
                var written = Cell(column);
                var id = ParticipantIds.Normalise(written);
                if (id.Length == 0) return id;
                if (!spellings.TryAdd(id, (written, record.Row)) && spellings[id].Written != written)
                {
                    Problem(DiagnosticCodes.Roster.IdSpelling, column, $"\"{ParticipantIds.Visible(written)}\" is the id \"{ParticipantIds.Visible(spellings[id].Written)}\" of row {spellings[id].Row} " +
                                    "once invisible characters and letter widths are set aside.", "Write it the same way in every row.");
                }

                return id;
            }


            if (record.Fields.Count > header.Count && record.Fields.Skip(header.Count).Any(f => f.Trim().Length > 0))
                Problem(DiagnosticCodes.Roster.RowRagged, "", $"The row has {record.Fields.Count} cells but the header has {header.Count}.", "Check for an unquoted comma.");

            foreach (var column in new[] { "pair_id", "cohort", "mentor_id", "mentee_id" })
            {
                if (ParticipantIds.Normalise(Cell(column)).Length == 0) Problem(DiagnosticCodes.Roster.ValueEmpty, column, $"{column} is empty.", "Fill it in: every pair needs one.");
            }

            if (NameText.Problem(Cell("cohort"), "cohort name") is { } unusable && Cell("cohort").Length > 0)
            {
                // NameText says what is wrong, then after a semicolon what to do.
                var cut = unusable.LastIndexOf("; ", StringComparison.Ordinal);
                Problem(DiagnosticCodes.Roster.CohortInvalid, "cohort", $"{unusable[..cut]}.", $"{char.ToUpperInvariant(unusable[cut + 2])}{unusable[(cut + 3)..]}.");
            }

            // Ids as every import compares them (ParticipantIds); two spellings of one id in the file are refused, as
            // nobody can tell which one the survey exports will use.
            var pairId = Id("pair_id", pairSpellings);
            var mentorId = Id("mentor_id", participantSpellings);
            var menteeId = Id("mentee_id", participantSpellings);
            if (pairId.Length > 0 && !firstRowOfPair.TryAdd(pairId, record.Row))
                Problem(DiagnosticCodes.Roster.PairRepeated, "pair_id", $"Pair \"{Excerpt.Of(pairId)}\" is listed twice (first at row {firstRowOfPair[pairId]}).", "Keep one row per pair.");
            if (mentorId.Length > 0 && mentorId == menteeId)
                Problem(DiagnosticCodes.Roster.SamePerson, "mentee_id", $"\"{Excerpt.Of(menteeId)}\" is both mentor and mentee of the pair.",
                    "Give the pair's mentor and mentee their own ids.");

            var start = Date(Cell("start_date"), "start_date", required: true, Problem);
            var plannedEnd = Date(Cell("planned_end_date"), "planned_end_date", required: true, Problem);
            var end = Date(Cell("end_date"), "end_date", required: false, Problem);
            var status = PairStatusText.Parse(Cell("status"));
            if (status is null)
                Problem(DiagnosticCodes.Roster.StatusInvalid, "status", $"\"{Excerpt.Of(Cell("status"))}\" is not a status.", "Use active, completed or closed_early.");

            if (start is { } s && plannedEnd is { } p && p <= s)
                Problem(DiagnosticCodes.Roster.DatesOutOfOrder, "planned_end_date", $"The planned end {Cell("planned_end_date")} is not after the start {Cell("start_date")}.",
                    "Correct the dates.");
            if (start is { } s2 && end is { } e && e < s2)
                Problem(DiagnosticCodes.Roster.DatesOutOfOrder, "end_date", $"The end {Cell("end_date")} is before the start {Cell("start_date")}.", "Correct the dates.");
            if (status == PairStatus.ClosedEarly && end is null && Cell("end_date").Length == 0)
                Problem(DiagnosticCodes.Roster.EndDateMissing, "end_date", "A pair that closed early needs the date it ended.", "Fill in end_date.");
            if (status == PairStatus.Active && end is not null)
                Problem(DiagnosticCodes.Roster.EndDateOfActivePair, "end_date", "An active pair has no end date.", "Clear it or change the status.");

            if (rowProblems.Count > 0)
            {
                problems.AddRange(rowProblems);
                continue;
            }

            entries.Add(new RosterEntry(pairId, Cell("cohort"), mentorId, menteeId, start!.Value, plannedEnd!.Value,
                status!.Value, end, Cell("closure_reason") is { Length: > 0 } reason ? reason : null)
            {
                Attributes = attributeColumns.Count == 0 ? RosterAttributes.None
                    : new RosterAttributes(attributeColumns.Select(c => KeyValuePair.Create(c.name, record[c.i].Trim()))),
            });
        }

        problems.AddRange(source.Problems.Where(p => p.IsError).Select(p => p with { File = file }));
        if (rows == 0 && problems.Count == 0)
            problems.Add(new Diagnostic(file, DiagnosticCodes.Roster.NoPairs, "The roster has a header but no pairs.") { Fix = "Add one row per pair under the header." });
        return new RosterFile(problems.Count == 0 ? entries : [], problems);
    }

    private static DateOnly? Date(string text, string column, bool required, Action<string, string, string, string> problem)
    {
        if (text.Length == 0)
        {
            if (required) problem(DiagnosticCodes.Roster.DateEmpty, column, $"{column} is empty.", "Write the date as YYYY-MM-DD.");
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        problem(DiagnosticCodes.Roster.DateInvalid, column, $"\"{Excerpt.Of(text)}\" is not a date.", "Write it as YYYY-MM-DD (e.g. 2026-01-15).");
        return null;
    }
}
