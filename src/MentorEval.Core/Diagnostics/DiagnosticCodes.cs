namespace MentorEval.Core.Diagnostics;

/// <summary>
/// Every <see cref="Diagnostic.Code"/>: one stable text per kind of problem, listed with its meaning in
/// docs/diagnostics.md. A code is never reused for another kind; a new kind gets a new code.
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>Instrument definitions (<c>instruments/*.json</c>).</summary>
    public static class Definition
    {
        public const string NotJson = "definition.not-json";
        public const string Shape = "definition.shape";
        public const string Rule = "definition.rule";
        public const string Advice = "definition.advice";
        public const string IdRepeated = "definition.id-repeated";
    }

    /// <summary>Survey exports, as files (the file, its header, a row's cells).</summary>
    public static class Export
    {
        public const string EmptyFile = "export.empty-file";
        public const string NotText = "export.not-text";
        public const string EncodingFallback = "export.encoding-fallback";
        public const string HeaderOnly = "export.header-only";
        public const string UnknownSeparator = "export.separator-unknown";
        public const string MissingColumn = "export.column-missing";
        public const string UnusableRespondentColumn = "export.respondent-column-unusable";
        public const string DuplicateHeader = "export.header-repeated";
        public const string UnnamedColumn = "export.column-unnamed";
        public const string UnexpectedHeader = "export.header-unexpected";
        public const string UnreadableImportId = "export.import-id-unreadable";
        public const string UnknownTimeZone = "export.time-zone-unknown";
        public const string RaggedRow = "export.row-ragged";
        public const string MalformedQuotes = "export.quotes-malformed";
        public const string RecordTooLarge = "export.record-too-large";
        public const string MissingRespondentId = "export.respondent-id-missing";
        public const string UnreadableTimestamp = "export.timestamp-unreadable";
        public const string AmbiguousDateOrder = "export.date-order-ambiguous";
        public const string UnknownStatus = "export.status-unknown";
        public const string UnreadableValue = "export.value-unreadable";
    }

    /// <summary>A row of responses that cannot be stored as it is (it goes to the rejects file).</summary>
    public static class Response
    {
        public const string RespondentMissing = "response.respondent-missing";
        public const string AnswerInvalid = "response.answer-invalid";
        public const string RoleUnknown = "response.role-unknown";
        public const string RoleInvalid = "response.role-invalid";
        public const string NotInPair = "response.not-in-pair";
        public const string DateUnreadable = "response.date-unreadable";
        public const string WaveInvalid = "response.wave-invalid";
        public const string WaveMissing = "response.wave-missing";
        public const string Duplicate = "response.duplicate";
        public const string SubmittedImplausible = "response.submitted-implausible";
        public const string AnswerSeveral = "response.answer-several";
        public const string RespondentNumbered = "response.respondent-numbered";
        public const string WaveFromEvent = "response.wave-from-event";
        public const string TestResponsesSkipped = "response.test-responses-skipped";
    }

    /// <summary>Roster files.</summary>
    public static class Roster
    {
        public const string HeaderMissing = "roster.header-missing";
        public const string ColumnsMissing = "roster.columns-missing";
        public const string NoPairs = "roster.no-pairs";
        public const string RowRagged = "roster.row-ragged";
        public const string ValueEmpty = "roster.value-empty";
        public const string CohortInvalid = "roster.cohort-invalid";
        public const string IdSpelling = "roster.id-spelling";
        public const string PairRepeated = "roster.pair-repeated";
        public const string SamePerson = "roster.same-person";
        public const string DateEmpty = "roster.date-empty";
        public const string DateInvalid = "roster.date-invalid";
        public const string StatusInvalid = "roster.status-invalid";
        public const string DatesOutOfOrder = "roster.dates-out-of-order";
        public const string EndDateMissing = "roster.end-date-missing";
        public const string EndDateOfActivePair = "roster.end-date-active";
    }

    /// <summary>REDCap data dictionaries, converted into definitions.</summary>
    public static class Redcap
    {
        public const string Unreadable = "redcap.unreadable";
        public const string Empty = "redcap.empty";
        public const string NotDictionary = "redcap.not-dictionary";
        public const string ColumnMissing = "redcap.column-missing";
        public const string QuoteUnclosed = "redcap.quote-unclosed";
        public const string FormUnknown = "redcap.form-unknown";
        public const string NoItems = "redcap.no-items";
        public const string ChoicesInvalid = "redcap.choices-invalid";
        public const string SliderInvalid = "redcap.slider-invalid";
        public const string ReverseFieldInvalid = "redcap.reverse-field-invalid";
        public const string FieldRepeated = "redcap.field-repeated";
        public const string NotText = "redcap.not-text";
        public const string PackageInvalid = "redcap.package-invalid";
    }

    /// <summary>The program's closure-reasons table (docs/retention.md).</summary>
    public static class ClosureReasons
    {
        public const string Unreadable = "closure.table-unreadable";
        public const string Empty = "closure.table-empty";
        public const string HeaderMissing = "closure.header-missing";
        public const string ReasonEmpty = "closure.reason-empty";
        public const string FamilyUnknown = "closure.family-unknown";
        public const string ReasonRepeated = "closure.reason-repeated";
    }

    /// <summary>An option's value on the command line (or a field of a web request): checked before anything runs.</summary>
    public static class Option
    {
        public const string NameInvalid = "option.name-invalid";
        public const string NumberOutOfRange = "option.number-out-of-range";
        public const string DateInvalid = "option.date-invalid";
        public const string ListInvalid = "option.list-invalid";
        public const string RoleInvalid = "option.role-invalid";
        public const string CapacityInvalid = "option.capacity-invalid";
        public const string Usage = "option.usage";
    }

    /// <summary>A file a command reads.</summary>
    public static class Input
    {
        public const string Missing = "input.missing";
        public const string NotRegular = "input.not-regular";
        public const string MapTooLarge = "input.map-too-large";
        public const string MapInvalid = "input.map-invalid";
        public const string ColumnsUnmatched = "input.columns-unmatched";
        public const string NothingScored = "input.nothing-scored";
        public const string SampleInvalid = "input.sample-invalid";
        public const string NoFactorModel = "input.no-factor-model";
        public const string RoleMissing = "input.role-missing";
    }

    /// <summary>A file a command writes.</summary>
    public static class Output
    {
        public const string IsFolder = "output.is-folder";
        public const string Exists = "output.exists";
        public const string Protected = "output.protected";
        public const string InDefinitionsFolder = "output.in-definitions-folder";
        public const string SameTarget = "output.same-target";
        public const string WriteFailed = "output.write-failed";
    }

    /// <summary>The program's database.</summary>
    public static class Database
    {
        public const string Missing = "database.missing";
        public const string Unusable = "database.unusable";
    }

    /// <summary>What a command asks of the program's data: a cohort, wave, pair or instrument it does not have.</summary>
    public static class Program
    {
        public const string NoRoster = "program.no-roster";
        public const string CohortUnknown = "program.cohort-unknown";
        public const string CompareToItself = "program.compare-to-itself";
        public const string NoResponses = "program.no-responses";
        public const string WaveUnknown = "program.wave-unknown";
        public const string PairUnknown = "program.pair-unknown";
        public const string PairNotRunning = "program.pair-not-running";
        public const string GroupingUnknown = "program.grouping-unknown";
        public const string InstrumentUnknown = "program.instrument-unknown";
        public const string InstrumentInvalid = "program.instrument-invalid";
    }

    /// <summary>The early-closure risk model and its flag rule.</summary>
    public static class Risk
    {
        public const string NoFinishedCohort = "risk.no-finished-cohort";
        public const string InsufficientHistory = "risk.insufficient-history";
        public const string ModelPathNeeded = "risk.model-path-needed";
        public const string ModelMissing = "risk.model-missing";
        public const string ModelUnusable = "risk.model-unusable";
        public const string CapacityUnreachable = "risk.capacity-unreachable";
    }
}
