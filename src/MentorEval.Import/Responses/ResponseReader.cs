using System.Text.RegularExpressions;
using MentorEval.Core.Diagnostics;
using MentorEval.Core.Instruments;
using MentorEval.Core.Pairs;
using MentorEval.Core.Responses;
using MentorEval.Core.Text;
using MentorEval.Import.Exports;

namespace MentorEval.Import.Responses;

/// <summary>
/// Turns each row of an export into a response for one instrument, or says why it cannot: the row's own problems,
/// who answered (respondent, pair and role, checked against the roster), which wave, and what every answer means.
/// </summary>
public sealed partial class ResponseReader
{
    private readonly string file;
    private readonly Instrument instrument;
    private readonly RosterIndex roster;
    private readonly ResponseImportOptions options;
    private readonly ItemColumn[] columns;
    private readonly AnswerInterpreter[] interpreters;
    private readonly bool identifyPairs;
    private readonly bool isRedcap;
    private readonly DateTimeOffset latestSubmission;

    // Online survey tools postdate this; an earlier time is a typo or a placeholder that happened to be a real date.
    private static readonly DateTimeOffset EarliestSubmission = new(1990, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly Role? onlyRole;
    private string? lastGoodWave;
    private readonly string? onlyRoleSays;
    private readonly string? roleOptionSays;
    private readonly List<Diagnostic> notes = [];
    private bool numberingNoted;
    private bool eventsNoted;
    private int testsSkipped;

    /// <param name="file">The export's name, as its rejected rows name it.</param>
    public ResponseReader(string file, Instrument instrument, ColumnMapping mapping, RosterIndex roster, ResponseImportOptions options, ExportFormat? format,
        bool decimalComma)
        : this(file, instrument, mapping, roster, options, format, decimalComma, identifyPairs: true)
    {
    }

    private ResponseReader(string file, Instrument instrument, ColumnMapping mapping, RosterIndex roster, ResponseImportOptions options, ExportFormat? format,
        bool decimalComma, bool identifyPairs)
    {
        this.file = file;
        this.identifyPairs = identifyPairs;
        this.instrument = instrument;
        this.roster = roster;
        this.options = options;
        isRedcap = format == ExportFormat.Redcap;
        latestSubmission = options.Clock.GetUtcNow().AddYears(1);
        onlyRole = instrument.Roles.Count == 1 ? instrument.Roles[0] : null;
        // Said once here, not per row: a file may have millions of rows.
        onlyRoleSays = onlyRole is { } only ? $"instrument \"{instrument.Id}\" is answered by {RoleText.Name(only)}s only" : null;
        roleOptionSays = options.Role is { } given ? $"--role says {RoleText.Name(given)}" : null;
        columns = mapping.Mapped.ToArray();
        AnswerColumns = columns.SelectMany(m => m.Columns).ToArray();
        interpreters = columns.Select(m => new AnswerInterpreter(instrument, m.Item, options.MissingCodes, decimalComma)).ToArray();
    }

    /// <summary>
    /// What the reader decided once for the whole file rather than for each row, such as numbering rows that have no
    /// respondent id or taking REDCap events as waves despite --wave (warnings, each said once).
    /// </summary>
    public IReadOnlyList<Diagnostic> Notes => notes;

    /// <summary>The answer columns mapped to the instrument's items: the export's rows are to be read for them
    /// (<see cref="ExportReader.ReadRows"/>), so a REDCap row is partial only when a form holding them is not complete.</summary>
    public IReadOnlyList<ExportColumn> AnswerColumns { get; }

    /// <summary>
    /// A reader for scoring a file on its own (no database): answers are checked as for an import, but waves, roles
    /// and pairs are not needed, and a row without a respondent id is named by its row number.
    /// </summary>
    public static ResponseReader ForScoring(string file, Instrument instrument, ColumnMapping mapping, ResponseImportOptions options, ExportFormat? format,
        bool decimalComma) =>
        new(file, instrument, mapping, new RosterIndex([]), options, format, decimalComma, identifyPairs: false);

    /// <remarks>Runs once per row of files with millions of rows, so it uses loops, not LINQ, and allocates the list
    /// of rejected cells only for a row that has one.</remarks>
    public RowOutcome Read(ExportRow row)
    {
        if (row.Skip is { } skip && !(options.IncludeTestResponses && IsTest(skip)))
        {
            if (IsTest(skip)) testsSkipped++;
            return new RowOutcome.Skipped(row.Row, $"{Describe(skip)} (Status {row.Status})");
        }

        // REDCap writes one row per record, event and repeating-form instance, with the fields of every form: a row
        // where all of this instrument's fields are blank belongs to another event or form, not to this instrument.
        if (isRedcap && columns.All(m => string.IsNullOrWhiteSpace(row.Answers[m.Column.AnswerIndex])))
            return new RowOutcome.Skipped(row.Row, $"REDCap row of another event or form (no answer to {instrument.Id})");
        if (row.Completion == ResponseCompletion.Partial && options.Partial == PartialPolicy.Skip)
            return new RowOutcome.Skipped(row.Row, "partial response (--partial skip)");

        if (!identifyPairs && options.Role is { } only && RoleText.Parse(row.Role) is { } rowRole && rowRole != only)
            return new RowOutcome.Skipped(row.Row, $"answered as {rowRole.Name()} (--role {only.Name()})");

        List<Diagnostic>? rejects = null;
        List<Diagnostic>? flagged = null;
        foreach (var problem in row.Problems)
        {
            // Scoring never uses the submitted time, so only an import judges it.
            if (problem.Code == DiagnosticCodes.Export.UnreadableTimestamp && identifyPairs)
                UnreadableDate(row.Row, problem, ref rejects, ref flagged);
            else if (problem.Severity == DiagnosticSeverity.Error)
                Reject(ref rejects, problem);
        }

        if (identifyPairs && row.SubmittedAt is { } submitted && (submitted < EarliestSubmission || submitted > latestSubmission))
        {
            var when = submitted < EarliestSubmission ? "before 1990, earlier than online surveys" : "more than a year after this import";
            (flagged ??= []).Add(Cell(DiagnosticCodes.Response.SubmittedImplausible, row.Row, "submitted at", row.SubmittedAtText,
                $"submitted {submitted:yyyy-MM-dd}, {when}; the time is stored as the file gives it.", "Check the date in the file.") with { Severity = DiagnosticSeverity.Warning });
        }

        var respondent = row.ParticipantId ?? row.RespondentId;
        // A file without any respondent id column (a Google Form without e-mail collection, an export stripped of ids):
        // each row is its own respondent, named by its row and submitted time. A row that is blank in an id column the
        // file has is another matter: someone's id is missing there.
        var numbered = string.IsNullOrWhiteSpace(respondent) && (!identifyPairs || !row.HasIdColumn);
        if (numbered) respondent = Numbered(row);
        if (string.IsNullOrWhiteSpace(respondent))
            Reject(ref rejects, Cell(DiagnosticCodes.Response.RespondentMissing, row.Row, "respondent id", null, "the row has no respondent id.", "Fill it in or remove the row."));

        // Scoring keeps what the row says of its wave, role and pair as given, to carry them into the scores file.
        var wave = identifyPairs ? Wave(row, ref rejects) : Blank(row.Wave) ?? (Blank(row.Event) is { } scoredEvent ? EventWave(scoredEvent) : "");
        var role = identifyPairs ? Role(row, ref rejects) : RoleText.Parse(row.Role) ?? options.Role;

        var values = new double[instrument.Items.Count];
        var answers = new string?[instrument.Items.Count];
        Array.Fill(values, double.NaN);
        var cells = row.Answers;
        for (var i = 0; i < interpreters.Length; i++)
        {
            var column = columns[i];
            var text = column.Options.Count > 0 ? ChosenOption(row.Row, column, cells, ref rejects) : cells[column.Column.AnswerIndex];
            var answer = interpreters[i].Interpret(text);
            if (!answer.IsAcceptable && SeveralAnswers(interpreters[i], text) is { } several)
            {
                // Checkbox answers joined in one cell ("Agree, Strongly agree") are several answers to an item that takes
                // one: that answer is missing, the rest of the row is kept, and the row is flagged so someone can look.
                (flagged ??= []).Add(Cell(DiagnosticCodes.Response.AnswerSeveral, row.Row, column.Column.Name, text,
                    $"{column.Item.Id}: several answers ({several}) to an item that takes one; stored as missing") with { Item = column.Item.Id, Severity = DiagnosticSeverity.Warning });
                answer = Answer.Missing;
            }

            if (!answer.IsAcceptable)
                Reject(ref rejects, Cell(DiagnosticCodes.Response.AnswerInvalid, row.Row, column.Column.Name, text, $"{column.Item.Id}: {answer.Problem}.",
                    "Correct the cell to one of the answers listed, or empty it to count it as missing.") with { Item = column.Item.Id });
            values[column.ItemIndex] = answer.Value;
            answers[column.ItemIndex] = text;
        }

        PairAssignment? assignment = null;
        if (!identifyPairs)
            assignment = new PairAssignment(Blank(row.PairId), role, null);
        else if (numbered && (role ?? onlyRole) is null)
            Reject(ref rejects, Cell(DiagnosticCodes.Response.RoleUnknown, row.Row, "role", null,
                "the row has no respondent id, so the roster cannot say whether a mentor or a mentee answered.", "Give a role column or --role."));
        else if (numbered)
            assignment = new PairAssignment(null, role ?? onlyRole, null);
        // Without a role column or --role, an instrument answered by one role only says who answered (checked against the roster, if any).
        else if (roster.IsEmpty && role is null && onlyRole is null && rejects is null)
            Reject(ref rejects, Cell(DiagnosticCodes.Response.RoleUnknown, row.Row, "role", null, "whether a mentor or a mentee answered is unknown.",
                "Import the roster first, or give a role column or --role."));
        else if (!string.IsNullOrWhiteSpace(respondent))
        {
            // The role to check the roster's against: the row's, else --role's, else the only role the instrument is for.
            var (claimed, saidBy) = role is not null ? (role, Blank(row.Role) is null ? roleOptionSays : null) : (onlyRole, onlyRoleSays);
            var submittedOn = row.SubmittedAt is { } at ? DateOnly.FromDateTime(at.DateTime) : (DateOnly?)null;
            assignment = roster.Assign(respondent, Blank(row.PairId), claimed, options.Cohort, submittedOn, saidBy);
            if (!assignment.IsResolved)
                Reject(ref rejects, Cell(DiagnosticCodes.Response.NotInPair, row.Row, row.PairId is null ? "respondent id" : "pair_id", row.PairId ?? respondent, assignment.Problem!,
                    "Check the id against the roster, or import the roster that has this person first ('mentoreval roster import FILE')."));
            else if (assignment.RespondentAsListed is { } listed)
                respondent = listed;
        }

        if (rejects is not null) return new RowOutcome.Rejected(row.Row, rejects);
        var response = new SurveyResponse(respondent!, assignment!.PairId, assignment.Role, row.RepeatInstance ?? 1, row.SubmittedAt,
            row.Completion == ResponseCompletion.Partial, row.Row, values, answers)
        {
            SubmittedAtText = row.SubmittedAt is null ? row.SubmittedAtText : null,
        };
        return new RowOutcome.Accepted(row.Row, response, wave!) { Flagged = flagged ?? (IReadOnlyList<Diagnostic>)[] };
    }

    private static void Reject(ref List<Diagnostic>? rejects, Diagnostic cell) => (rejects ??= []).Add(cell);

    /// <summary>
    /// When every row read was skipped and test or preview responses were among them, why nothing was taken and the option
    /// that takes them (a survey piloted with test responses, or a file of only those); else null.
    /// </summary>
    public Diagnostic? EverySkippedAsTest(int rowsRead, int skipped) =>
        testsSkipped == 0 || skipped < rowsRead ? null : new Diagnostic(file, DiagnosticCodes.Response.TestResponsesSkipped,
            $"every row was skipped: {testsSkipped} of the {rowsRead} are Qualtrics test or preview responses (Status \"Survey Test\" or \"Survey Preview\"), which are not taken by default")
        {
            Severity = DiagnosticSeverity.Warning,
            Fix = "If they are the program's responses (a survey piloted with test responses), run again with --include-test-responses.",
        };

    private static bool IsTest(SkipReason skip) => skip is SkipReason.SurveyPreview or SkipReason.SurveyTest or SkipReason.OfflinePreview;

    /// <summary>"row 12, 2024-03-05 14:02:11": unique within the file, and across files of the same wave when they have times.</summary>
    private string Numbered(ExportRow row)
    {
        if (!numberingNoted)
        {
            numberingNoted = true;
            notes.Add(new Diagnostic(file, DiagnosticCodes.Response.RespondentNumbered,
                "The file has no respondent id, so each row is its own respondent, named by its row (and submitted time)" +
                (identifyPairs ? "; such rows cannot be linked to the roster, so they count in the instrument's scores but in no pair's figures, and answers of one person in two waves are not matched." : "."))
            {
                Severity = DiagnosticSeverity.Warning,
                Fix = "To link rows to the roster, name the column that holds each respondent's participant code with --respondent-column \"<column>\" (or export the file with its respondent ids).",
            });
        }

        return row.SubmittedAt is { } at
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"row {row.Row}, {at:yyyy-MM-dd HH:mm:ss}")
            : $"row {row.Row}";
    }

    /// <summary>The one option chosen among an item's option columns (its text), empty when none; two or more reject the row.</summary>
    private string ChosenOption(int row, ItemColumn column, IReadOnlyList<string> cells, ref List<Diagnostic>? rejects)
    {
        string? chosen = null;
        List<string>? several = null;
        foreach (var option in column.Options)
        {
            var text = cells[option.AnswerIndex];
            if (string.IsNullOrWhiteSpace(text)) continue;
            if (chosen is null) chosen = text.Trim();
            else (several ??= [chosen]).Add(text.Trim());
        }

        if (several is not null)
            Reject(ref rejects, Cell(DiagnosticCodes.Response.AnswerInvalid, row, column.Column.Name, string.Join(" | ", several),
                $"{column.Item.Id}: {string.Join(" and ", several.Select(s => $"\"{s}\""))} are both chosen for a question that takes one answer.",
                "Keep one in the file.") with { Item = column.Item.Id });
        return chosen ?? "";
    }

    /// <summary>The parts of a comma-joined cell when each is an answer on the item's scale, or null.</summary>
    private static string? SeveralAnswers(AnswerInterpreter interpreter, string? text)
    {
        if (text is null || !text.Contains(',')) return null;
        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 1 && parts.All(p => interpreter.Interpret(p).IsAcceptable) ? string.Join(", ", parts.Select(p => $"\"{p}\"")) : null;
    }

    private Diagnostic Cell(string code, int row, string column, string? value, string message, string? fix = null) =>
        new(file, code, message) { Row = row, Column = column, Value = value, Fix = fix };

    /// <summary>A submitted time that is no time: the row is rejected, or with <see cref="ResponseImportOptions.KeepUnreadableDates"/>
    /// kept without one (its text kept) and flagged. Either way the file's text is never silently dropped.</summary>
    private void UnreadableDate(int row, Diagnostic problem, ref List<Diagnostic>? rejects, ref List<Diagnostic>? flagged)
    {
        var column = problem.Column ?? "submitted at";
        var value = problem.Value ?? "";
        if (options.KeepUnreadableDates)
            (flagged ??= []).Add(Cell(DiagnosticCodes.Response.DateUnreadable, row, column, value, $"{problem.Message}; stored without a submitted time, its text kept (--partial keep)") with { Severity = DiagnosticSeverity.Warning });
        else
            Reject(ref rejects, Cell(DiagnosticCodes.Response.DateUnreadable, row, column, value, $"{problem.Message}.",
                "Correct the date in the file, or import with --partial keep to store the response without a submitted time (its text is kept)."));
    }

    private string? Wave(ExportRow row, ref List<Diagnostic>? rejects)
    {
        // A REDCap event is the wave of its row even when --wave is given: one record answers in several events.
        if (Blank(row.Wave) is null && Blank(row.Event) is { } rowEvent && options.Wave is { } ignored)
        {
            var eventWave = EventWave(rowEvent);
            if (!eventsNoted && !string.Equals(eventWave, ignored, StringComparison.OrdinalIgnoreCase))
            {
                eventsNoted = true;
                notes.Add(new Diagnostic(file, DiagnosticCodes.Response.WaveFromEvent,
                    $"--wave \"{ignored}\" was given, but the file has REDCap events (row {row.Row}: \"{rowEvent}\"), so each row's event is its wave (\"{eventWave}\"); --wave is used only for rows without an event.")
                {
                    Severity = DiagnosticSeverity.Warning,
                    Fix = "Name the waves of the events with --event-wave EVENT=WAVE, or drop --wave.",
                    Column = "redcap_event_name",
                });
            }

            if (eventWave != lastGoodWave && NameText.Problem(eventWave, "wave name") is { } unusableEvent)
            {
                Reject(ref rejects, Cell(DiagnosticCodes.Response.WaveInvalid, row.Row, "redcap_event_name", eventWave, unusableEvent,
                    "Name the event's wave with --event-wave EVENT=WAVE."));
                return ignored;
            }

            lastGoodWave = eventWave;
            return eventWave;
        }

        var fromRow = Blank(row.Wave) ?? (Blank(row.Event) is { } e ? EventWave(e) : null);
        // Most rows repeat the wave before them: its name is checked once, not once a row.
        if (fromRow is not null && fromRow != lastGoodWave)
        {
            if (NameText.Problem(fromRow, "wave name") is { } unusable)
            {
                // NameText says what is wrong, then after a semicolon what to do.
                var cut = unusable.LastIndexOf("; ", StringComparison.Ordinal);
                Reject(ref rejects, Cell(DiagnosticCodes.Response.WaveInvalid, row.Row, row.Wave is null ? "redcap_event_name" : "wave", fromRow,
                    $"{unusable[..cut]}.", $"{char.ToUpperInvariant(unusable[cut + 2])}{unusable[(cut + 3)..]}."));
                return options.Wave;
            }

            lastGoodWave = fromRow;
        }

        if (options.Wave is { } given)
        {
            if (fromRow is not null && !string.Equals(fromRow, given, StringComparison.OrdinalIgnoreCase))
                Reject(ref rejects, Cell(DiagnosticCodes.Response.WaveInvalid, row.Row, row.Wave is null ? "redcap_event_name" : "wave", fromRow,
                    $"the row is from wave \"{fromRow}\" but --wave says \"{given}\".", "Drop --wave to take each row's own wave."));
            return given;
        }

        if (fromRow is null)
            Reject(ref rejects, Cell(DiagnosticCodes.Response.WaveMissing, row.Row, "wave", null, "the row has no wave.",
                "Give --wave, or a wave column (generic) / redcap_event_name (REDCap)."));
        return fromRow;
    }

    private string EventWave(string eventName) =>
        options.EventWaves.TryGetValue(eventName, out var wave) ? wave : ArmSuffix().Replace(eventName, "");

    private Role? Role(ExportRow row, ref List<Diagnostic>? rejects)
    {
        var text = Blank(row.Role);
        if (text is null) return options.Role;
        var parsed = RoleText.Parse(text);
        if (parsed is null)
            Reject(ref rejects, Cell(DiagnosticCodes.Response.RoleInvalid, row.Row, "role", text, "role must be \"mentor\" or \"mentee\".",
                "Write mentor or mentee in the role column."));
        else if (options.Role is { } given && given != parsed)
            Reject(ref rejects, Cell(DiagnosticCodes.Response.RoleInvalid, row.Row, "role", text, $"the row says {text} but --role says {given.Name()}.",
                "Drop --role to take each row's own role, or correct the row."));
        return parsed ?? options.Role;
    }


    private static string Describe(SkipReason reason) => reason switch
    {
        SkipReason.SurveyPreview => "survey preview",
        SkipReason.SurveyTest => "survey test",
        SkipReason.Spam => "flagged as spam",
        SkipReason.PreviewSpam => "preview flagged as spam",
        _ => "offline preview",
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [GeneratedRegex(@"_arm_\d+$")]
    private static partial Regex ArmSuffix();
}
