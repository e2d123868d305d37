using System.Globalization;
using System.Text.RegularExpressions;
using MentorEval.Core.Diagnostics;
using MentorEval.Core.Pairs;
using static MentorEval.Import.Redcap.DefinitionDocument;

namespace MentorEval.Import.Redcap;

/// <summary>
/// Turns the fields of one form into a definition. Each field becomes an item or is listed as unsupported
/// with its reason, never dropped silently; matrix groups become mean scales.
/// </summary>
/// <param name="sharedLibrary">The dictionary is a Shared Library instrument (instrument.csv, alone or in a package): it
/// has no record id field, so its first field is a question like the others.</param>
internal sealed partial class RedcapFormConverter(RedcapDictionary dictionary, RedcapImportOptions options, bool sharedLibrary = false)
{
    /// <summary>REDCap's standard missing data codes (Project Setup → Additional customizations).</summary>
    private static readonly HashSet<string> MissingDataCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        "NI", "INV", "UNK", "NASK", "ASKU", "NAV", "MSK", "NA", "NAVU", "NP", "QS", "QI", "TRC", "UNC", "DER", "PINF", "NINF", "OTH",
    };

    private readonly List<Diagnostic> errors = [];
    private readonly List<string> warnings = [];
    private readonly List<UnsupportedField> unsupported = [];
    private readonly List<ResponseScaleEntry> responseScales = [];
    private readonly Dictionary<string, string> responseScaleIdByContent = new(StringComparer.Ordinal);
    private readonly List<ItemEntry> items = [];
    private readonly Dictionary<string, ConvertedField> converted = new(StringComparer.Ordinal);

    /// <param name="Kind">What the field became, for messages: "a text item", "an item on nominal scale \"x\"".</param>
    private sealed record ConvertedField(RedcapField Field, int ItemIndex, bool Numeric, string Kind);

    public RedcapImportResult Convert()
    {
        var fields = dictionary.Fields.Where(f => f.Form == options.Form).ToList();
        if (fields.Count == 0)
        {
            UnknownForm();
            return Result(null);
        }

        ReportDuplicateNames(fields);
        foreach (var field in fields) ConvertField(field);
        ApplyReverseKeys(fields);
        var scales = MatrixScales(fields);
        if (items.Count == 0 && errors.Count == 0)
        {
            Error(DiagnosticCodes.Redcap.NoItems, null, RedcapColumn.FieldType,
                $"Form \"{options.Form}\" has no field that can become an item: all {fields.Count} are unsupported (see the list).",
                "Check that this is the form with the survey questions.");
        }

        if (errors.Count > 0) return Result(null);

        var document = new DefinitionDocument(
            SchemaPath,
            options.Id ?? RedcapText.Slug(options.Form),
            options.Version,
            options.Title ?? RedcapText.Humanize(options.Form),
            $"Converted from the REDCap data dictionary {Path.GetFileName(dictionary.Source)}, form \"{options.Form}\".",
            options.Citation,
            options.Roles.Select(RoleText.Name).ToList(),
            responseScales.Count == 0 ? null : responseScales,
            items,
            scales.Count == 0 ? null : scales);
        return Result(document.ToJson());
    }

    /// <summary>
    /// A mean stays comparable when one or two items are skipped but not when most are: a scale needs three
    /// quarters of its items answered (rounded up), the usual pro-rating rule for short Likert scales.
    /// </summary>
    internal static int MinAnswered(int itemCount) => Math.Max(1, (int)Math.Ceiling(itemCount * 0.75));

    private RedcapImportResult Result(string? json) => new(json, unsupported, warnings, errors);

    private void ConvertField(RedcapField field)
    {
        // REDCap makes the first field of the project the record id; it names the respondent, it asks nothing.
        if (field.Row == dictionary.Fields[0].Row && IsRecordId(field))
        {
            Unsupported(field, "it is the record id, which identifies the respondent rather than asking a question; " +
                "map it to the respondent id column when importing responses.");
            return;
        }

        // What names a person must not become an answer stored with every response, unless the program asks for it.
        if (field.IsIdentifier && !options.KeepIdentifiers)
        {
            Unsupported(field, "it is marked as an identifier (Identifier? = y), such as a name, e-mail address or phone number, " +
                "and MentorEval stores nothing that identifies a respondent beyond the ids a program imports; " +
                "give --keep-identifiers to convert it anyway.");
            return;
        }

        switch (field.Type)
        {
            case "radio" or "dropdown":
                ChoiceItem(field);
                break;
            case "slider":
                SliderItem(field);
                break;
            case "yesno":
                AddRatingItem(field, TwoPointScale("yes-no", "No", "Yes"));
                break;
            case "truefalse":
                AddRatingItem(field, TwoPointScale("true-false", "False", "True"));
                break;
            case "text":
                TextItem(field);
                break;
            case "notes":
                AddItem(field, "text", null, numeric: false, "a text item");
                break;
            case "checkbox":
                Unsupported(field, CheckboxReason(field));
                break;
            case "calc":
                Unsupported(field, $"it is calculated by REDCap (\"{RedcapText.Shorten(field.Choices, 50)}\"), not answered; " +
                    "MentorEval computes scores itself, so define the calculation as a scale over its items.");
                break;
            case "descriptive":
                Unsupported(field, "it only displays text and collects no answer.");
                break;
            case "file":
                Unsupported(field, "it is a file upload; there is no answer value to analyse.");
                break;
            case "sql":
                Unsupported(field, "its choices come from a database query that the dictionary does not contain; " +
                    "copy the choices into a dropdown field and import again.");
                break;
            default:
                Unsupported(field, $"\"{field.Type}\" is not a REDCap field type MentorEval converts " +
                    "(text, notes, radio, dropdown, yesno, truefalse, slider).");
                break;
        }
    }

    /// <summary>
    /// A project's first field is its record id, a text field. A Shared Library instrument has none, and a first field
    /// that asks a question (choices, a slider, a note) or does not read as an id is an item.
    /// </summary>
    private bool IsRecordId(RedcapField field) =>
        !sharedLibrary && field.Type == "text" && (IdLike().IsMatch(field.Name) || IdLike().IsMatch(RedcapText.Plain(field.Label)));

    private void ChoiceItem(RedcapField field)
    {
        if (field.Choices.Length == 0)
        {
            Unsupported(field, $"it is a {field.Type} field without choices, so its answers cannot be read; " +
                "add its choices (\"1, Never | 2, Sometimes | 3, Often\") in REDCap and import the dictionary again.");
            return;
        }

        var (choices, problem) = RedcapChoice.ParseList(field.Choices);
        if (problem is not null)
        {
            Error(DiagnosticCodes.Redcap.ChoicesInvalid, field.Row, RedcapColumn.Choices, $"Field \"{field.Name}\" ({field.Type}): {problem}.",
                "Write choices as \"1, Strongly disagree | 2, Disagree | 3, Agree\": \"|\" between choices, a comma after each code.");
            return;
        }

        AddRatingItem(field, ChoiceScale(field, choices));
    }

    /// <summary>
    /// Number codes make a numeric scale from the lowest to the highest code; any other code makes the list
    /// nominal. Non-answers ("Don't know", REDCap's "NA" or "UNK") become missing codes, since averaging
    /// them as the best or worst answer would bias every score.
    /// </summary>
    private ResponseScaleEntry ChoiceScale(RedcapField field, IReadOnlyList<RedcapChoice> choices)
    {
        // Codes are text until they read as one number only: "00" (do not remember) beside "0" is a code, not a second 0.
        var numbered = choices.Where(c => NumberCode(c.Code) is not null).ToList();
        var lettered = choices.Where(c => NumberCode(c.Code) is null).ToList();
        var missing = new List<RedcapChoice>();
        if (numbered.Count > 0 && lettered.Count > 0 && lettered.All(IsMissingData))
        {
            missing.AddRange(lettered);
            lettered.Clear();
        }

        if (lettered.Count > 0) return NominalScale(field, choices);

        var ordered = numbered.OrderBy(c => Number(c.Code)).ToList();
        while (ordered.Count > 2 && IsNonAnswer(ordered[^1].Label))
        {
            missing.Add(ordered[^1]);
            ordered.RemoveAt(ordered.Count - 1);
        }

        while (ordered.Count > 2 && IsNonAnswer(ordered[0].Label))
        {
            missing.Add(ordered[0]);
            ordered.RemoveAt(0);
        }

        if (ordered.Count < 2)
        {
            warnings.Add($"Field \"{field.Name}\" (row {field.Row}) has a single choice, so it is recorded on a nominal scale and cannot be scored.");
            return NominalScale(field, choices);
        }

        if (missing.Count > 0)
        {
            var listed = string.Join(", ", missing.Select(c => $"{c.Code} \"{c.Label}\""));
            warnings.Add($"Field \"{field.Name}\" (row {field.Row}): {listed} treated as missing data, not as answers; " +
                "if one is a real answer, move it from \"missingCodes\" to \"labels\" in the definition.");
        }

        var low = ordered[0].Label;
        var high = ordered[^1].Label;
        var slugs = (RedcapText.Slug(low, 3), RedcapText.Slug(high, 3));
        var id = slugs is ({ Length: > 0 } from, { Length: > 0 } to) ? $"{from}-to-{to}" : $"{RedcapText.Slug(field.Name)}-choices";
        return new ResponseScaleEntry(id, null, Number(ordered[0].Code), Number(ordered[^1].Code),
            ordered.Select(c => new LabelEntry(Number(c.Code), null, c.Label)).ToList(),
            missing.Count == 0
                ? null
                : missing.SelectMany(c => new[] { c.Code, c.Label }).DistinctBy(c => c.ToLowerInvariant()).ToList());
    }

    private static ResponseScaleEntry NominalScale(RedcapField field, IReadOnlyList<RedcapChoice> choices) =>
        new($"{RedcapText.Slug(field.Name)}-choices", "nominal", null, null,
            choices.Select(c => new LabelEntry(null, c.Code, c.Label)).ToList(), null);

    private static ResponseScaleEntry TwoPointScale(string id, string zero, string one) =>
        new(id, null, 0, 1, [new LabelEntry(0, null, zero), new LabelEntry(1, null, one)], null);

    /// <summary>REDCap sliders run from the validation min to max (0–100 unless set), labelled "left | middle | right".</summary>
    private void SliderItem(RedcapField field)
    {
        var min = Bound(field, field.ValidationMin, RedcapColumn.ValidationMin, 0);
        var max = Bound(field, field.ValidationMax, RedcapColumn.ValidationMax, 100);
        if (min is null || max is null) return;
        if (min >= max)
        {
            Error(DiagnosticCodes.Redcap.SliderInvalid, field.Row, RedcapColumn.ValidationMax, $"Slider \"{field.Name}\" runs from {Format(min.Value)} to {Format(max.Value)}.",
                "Set a maximum above the minimum (or leave both empty for REDCap's 0–100).");
            return;
        }

        var positions = field.Choices.Length == 0 ? [] : field.Choices.Split('|').Select(RedcapText.Plain).ToArray();
        if (positions.Length > 3)
        {
            Error(DiagnosticCodes.Redcap.SliderInvalid, field.Row, RedcapColumn.Choices, $"Slider \"{field.Name}\" has {positions.Length} labels.",
                "A slider has at most three labels, written \"left | middle | right\".");
            return;
        }

        double[] at = positions.Length switch
        {
            1 => [min.Value],
            2 => [min.Value, max.Value],
            _ => [min.Value, (min.Value + max.Value) / 2, max.Value],
        };
        var labels = positions.Zip(at).Where(p => p.First.Length > 0).Select(p => new LabelEntry(p.Second, null, p.First)).ToList();
        var id = $"slider-{RedcapText.Slug(Format(min.Value))}-{RedcapText.Slug(Format(max.Value))}";
        AddRatingItem(field, new ResponseScaleEntry(id, null, min, max, labels, null));
    }

    private double? Bound(RedcapField field, string text, RedcapColumn column, double fallback)
    {
        if (text.Length == 0) return fallback;
        if (Number(text) is { } value) return value;
        Error(DiagnosticCodes.Redcap.SliderInvalid, field.Row, column, $"Slider \"{field.Name}\" has \"{text}\" as its {(column == RedcapColumn.ValidationMin ? "minimum" : "maximum")}, which is not a number.",
            "Write a plain number such as 0 or 100, or leave it empty for REDCap's default.");
        return null;
    }

    /// <summary>A whole number validated from 0 up is a count (meetings, hours); any other text stays text.</summary>
    private void TextItem(RedcapField field)
    {
        if (field.Validation is "integer" or "number")
        {
            if (Number(field.ValidationMin) is >= 0 and var min)
            {
                int? max = Number(field.ValidationMax) is { } m && m >= min && m == Math.Floor(m) && m <= int.MaxValue ? (int)m : null;
                AddItem(field, "count", null, numeric: false, "a count item", max);
                return;
            }

            warnings.Add($"Field \"{field.Name}\" (row {field.Row}) is a number without a minimum of 0 or more, so it became a text item; " +
                $"if it counts something, set its \"{dictionary.HeaderOf(RedcapColumn.ValidationMin)}\" to 0 and import again.");
        }

        AddItem(field, "text", null, numeric: false, "a text item");
    }

    private string CheckboxReason(RedcapField field)
    {
        var (choices, _) = RedcapChoice.ParseList(field.Choices);
        // REDCap writes checkbox columns with the code lower-cased and "-" as "_".
        var columns = choices.Select(c => $"{field.Name}___{c.Code.ToLowerInvariant().Replace('-', '_')}").ToList();
        var shown = columns.Count == 0 ? $"{field.Name}___<code>" : string.Join(", ", columns);
        return $"a checkbox allows several answers, so exports hold one 0/1 column per choice ({shown}) instead of one answer. " +
            $"To analyse it, add one item per column on a 0–1 \"yes-no\" response scale (ids such as \"{columns.FirstOrDefault() ?? field.Name + "___1"}\"), " +
            "or make it a radio field if only one answer is allowed.";
    }

    private void AddRatingItem(RedcapField field, ResponseScaleEntry scale)
    {
        var id = AddResponseScale(scale);
        var kind = scale.Kind is null ? $"an item on numeric scale \"{id}\"" : $"an item on nominal scale \"{id}\"";
        AddItem(field, null, id, numeric: scale.Kind is null, kind);
    }

    /// <summary>Fields with the same answers share one response scale; a different scale under a taken id gets a number.</summary>
    private string AddResponseScale(ResponseScaleEntry scale)
    {
        var key = scale.ContentKey();
        if (responseScaleIdByContent.TryGetValue(key, out var existing)) return existing;
        var id = scale.Id;
        for (var n = 2; responseScales.Any(s => s.Id == id); n++) id = $"{scale.Id}-{n}";
        responseScales.Add(scale with { Id = id });
        responseScaleIdByContent[key] = id;
        return id;
    }

    private void AddItem(RedcapField field, string? type, string? responseScale, bool numeric, string kind, int? max = null)
    {
        var id = RedcapText.ColumnId(field.Name);
        for (var n = 2; items.Any(i => string.Equals(i.Id, id, StringComparison.OrdinalIgnoreCase)); n++) id = $"{RedcapText.ColumnId(field.Name)}_{n}";
        if (!RedcapText.IsColumnId(field.Name))
            warnings.Add($"Field \"{field.Name}\" (row {field.Row}) is not a valid item id, so its item is \"{id}\" with the field name as an alias.");

        items.Add(new ItemEntry(id, ItemText(field), type, responseScale, null, max, id == field.Name ? null : [field.Name]));
        converted[field.Name] = new ConvertedField(field, items.Count - 1, numeric, kind);
    }

    /// <summary>The label as plain text, followed by the field note, which often says how to answer.</summary>
    private string ItemText(RedcapField field)
    {
        var label = RedcapText.Plain(field.Label);
        if (label.Length == 0)
        {
            warnings.Add($"Field \"{field.Name}\" (row {field.Row}) has no label; its item text is the field name.");
            label = field.Name;
        }

        var note = RedcapText.Plain(field.Note);
        return note.Length == 0 ? label : $"{label} ({note})";
    }

    private void ApplyReverseKeys(IReadOnlyList<RedcapField> fields)
    {
        var reversible = converted.Values.Where(c => c.Numeric).Select(c => c.Field.Name).ToList();
        var fix = $"Name fields answered on a numeric scale; in form \"{options.Form}\" these are: {(reversible.Count == 0 ? "none" : string.Join(", ", reversible))}.";
        foreach (var name in options.ReverseFields.Select(n => n.Trim()).Where(n => n.Length > 0).Distinct())
        {
            if (converted.TryGetValue(name, out var field))
            {
                if (field.Numeric)
                    items[field.ItemIndex] = items[field.ItemIndex] with { Reverse = true };
                else
                    Error(DiagnosticCodes.Redcap.ReverseFieldInvalid, field.Field.Row, RedcapColumn.FieldName, $"Reverse-keyed field \"{name}\" became {field.Kind}, which cannot be reversed.", fix);
            }
            else if (fields.FirstOrDefault(f => f.Name == name) is { } skipped)
            {
                Error(DiagnosticCodes.Redcap.ReverseFieldInvalid, skipped.Row, RedcapColumn.FieldName, $"Reverse-keyed field \"{name}\" is a {skipped.Type} field, which does not become an item.", fix);
            }
            else
            {
                var elsewhere = dictionary.Fields.FirstOrDefault(f => f.Name == name);
                var similar = fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
                var hint = elsewhere is not null ? $" (it is on form \"{elsewhere.Form}\")"
                    : similar is not null ? $" (did you mean \"{similar.Name}\"?)"
                    : "";
                Error(DiagnosticCodes.Redcap.ReverseFieldInvalid, elsewhere?.Row, RedcapColumn.FieldName, $"Reverse-keyed field \"{name}\" is not a field of form \"{options.Form}\"{hint}.", fix);
            }
        }
    }

    private List<ScaleEntry> MatrixScales(IReadOnlyList<RedcapField> fields)
    {
        var scales = new List<ScaleEntry>();
        foreach (var group in fields.Where(f => f.MatrixGroup.Length > 0).GroupBy(f => f.MatrixGroup))
        {
            var scored = group.Where(f => converted.TryGetValue(f.Name, out var c) && c.Numeric).ToList();
            var left = group.Except(scored).Select(f => f.Name).ToList();
            if (scored.Count == 0)
            {
                warnings.Add($"Matrix group \"{group.Key}\" has no field on a numeric scale, so it did not become a scale.");
                continue;
            }

            if (left.Count > 0)
                warnings.Add($"Matrix group \"{group.Key}\": {string.Join(", ", left)} not on a numeric scale, so not part of its scale.");

            // REDCap shows a matrix under the section header of its first field: the question the rows answer.
            var title = group.Select(f => RedcapText.Plain(f.SectionHeader)).FirstOrDefault(h => h.Length > 0)
                ?? RedcapText.Humanize(group.Key);
            var itemIds = scored.Select(f => items[converted[f.Name].ItemIndex].Id).ToList();
            // The dictionary's own scoring rule, where the group's notes give one ("Sum of items 1-5"): else a mean.
            var method = group.Any(f => SumRule().IsMatch(RedcapText.Plain(f.Note)) || SumRule().IsMatch(RedcapText.Plain(f.SectionHeader))) ? "sum" : "mean";
            var minAnswered = options.MinAnswered is { } asked ? Math.Clamp(asked, 1, itemIds.Count) : MinAnswered(itemIds.Count);
            scales.Add(new ScaleEntry(RedcapText.ColumnId(group.Key), title, itemIds, method, minAnswered));
        }

        return scales;
    }

    private void UnknownForm()
    {
        var forms = dictionary.Fields.GroupBy(f => f.Form).Select(g => (Name: g.Key, Count: g.Count())).ToList();
        var similar = forms.FirstOrDefault(f => string.Equals(f.Name, options.Form, StringComparison.OrdinalIgnoreCase)).Name;
        var hint = similar is null ? "" : $" (did you mean \"{similar}\"?)";
        Error(DiagnosticCodes.Redcap.FormUnknown, null, RedcapColumn.FormName, $"No field is on form \"{options.Form}\"{hint}.",
            $"Forms in this dictionary: {string.Join(", ", forms.Select(f => $"{f.Name} ({f.Count} fields)"))}; use one of these names.");
    }

    private void ReportDuplicateNames(IReadOnlyList<RedcapField> fields)
    {
        foreach (var group in fields.GroupBy(f => f.Name).Where(g => g.Count() > 1))
        {
            foreach (var again in group.Skip(1))
                Error(DiagnosticCodes.Redcap.FieldRepeated, again.Row, RedcapColumn.FieldName, $"Field name \"{group.Key}\" is used again (first at row {group.First().Row}).",
                    "Give each field its own name; REDCap itself does not allow duplicates, so the file was probably edited by hand.");
        }
    }

    private void Unsupported(RedcapField field, string reason) =>
        unsupported.Add(new UnsupportedField(field.Name, field.Type, field.Row, char.ToUpperInvariant(reason[0]) + reason[1..]));

    private void Error(string code, int? row, RedcapColumn? column, string message, string fix) =>
        errors.Add(new Diagnostic(dictionary.Source, code, message) { Row = row, Column = column is null ? null : dictionary.HeaderOf(column), Fix = fix });

    private static bool IsMissingData(RedcapChoice choice) => MissingDataCodes.Contains(choice.Code) || IsNonAnswer(choice.Label);

    private static bool IsNonAnswer(string label) => NonAnswer().IsMatch(label);

    /// <summary>A choice code that is a number written the one plain way ("0", "5", "-99", "2.5"); "00" or "+1" is a text code.</summary>
    private static double? NumberCode(string code) => Number(code) is { } value && Format(value) == code ? value : null;

    private static double? Number(string text) =>
        double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\b(sum|summed|sums|total score)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SumRule();

    [GeneratedRegex(@"(^|_)(record|participant|subject|study|respondent)?_?id$|^(record|participant|subject|study|respondent)( id| number| code)?$|\bid\b", RegexOptions.IgnoreCase)]
    private static partial Regex IdLike();

    [GeneratedRegex(@"^\W*(n/?a|not applicable|does not apply|don['’]?t know|do not know|(do not|don['’]?t|can['’]?t|cannot) (remember|recall)|not sure|prefer not to (say|answer)|refused?|declined?( to answer)?|unknown|missing|no answer|not answered)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NonAnswer();
}
