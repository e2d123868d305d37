using System.Globalization;
using System.Text.RegularExpressions;
using MentorEval.Core.Diagnostics;
using MentorEval.Core.Pairs;

namespace MentorEval.Core.Instruments;

/// <summary>
/// The rules a well-formed definition must also satisfy: ids unique and known, ranges consistent,
/// scoring possible. Each rule reports the JSON path and a sentence saying how to fix it.
/// </summary>
internal sealed partial class DefinitionValidator(string source)
{
    private readonly List<Diagnostic> problems = [];

    public IReadOnlyList<Diagnostic> Validate(Instrument instrument)
    {
        CheckHeader(instrument);
        CheckResponseScales(instrument);
        CheckItems(instrument);
        CheckScales(instrument);
        return problems;
    }

    private void CheckHeader(Instrument instrument)
    {
        if (instrument.Id.Length > 0 && !IdPattern().IsMatch(instrument.Id))
            Error("$.id", $"Instrument id \"{instrument.Id}\" must be lower-case letters, digits and dashes (e.g. \"mca-26\").");
        if (instrument.Version.Length > 0 && !VersionPattern().IsMatch(instrument.Version))
            Error("$.version", $"Version \"{instrument.Version}\" must be MAJOR.MINOR.PATCH (e.g. \"1.0.0\"); see docs/instrument-format.md for when to bump which.");
        if (instrument.Roles.Count == 0)
            Error("$.roles", "List at least one role who answers this instrument: \"mentor\", \"mentee\" or both.");
        ReportDuplicates(instrument.Roles.Select(RoleText.Name).ToList(), i => $"$.roles[{i}]", "role");
        if (string.IsNullOrWhiteSpace(instrument.Citation))
            Warn("$.citation", "No citation: reports cannot say where the instrument comes from. Add \"citation\" (or \"MentorEval original\" for our own).");
        CheckTranslations(instrument.TitleTranslations, "$.translations", instrument.Languages);
    }

    private void CheckResponseScales(Instrument instrument)
    {
        ReportDuplicates(instrument.ResponseScales.Select(s => s.Id).ToList(), i => $"$.responseScales[{i}].id", "response scale id");
        for (var s = 0; s < instrument.ResponseScales.Count; s++)
        {
            var scale = instrument.ResponseScales[s];
            var path = $"$.responseScales[{s}]";
            if (!scale.IsNumeric && scale.Labels.Count == 0)
                Error($"{path}.labels", $"Nominal response scale \"{scale.Id}\" has no labels, so no answer could be accepted; list its codes.");
            if (scale.IsNumeric && scale.Min >= scale.Max)
                Error($"{path}.max", $"Response scale \"{scale.Id}\": max ({Fmt(scale.Max!.Value)}) must be greater than min ({Fmt(scale.Min!.Value)}).");

            for (var l = 0; l < scale.Labels.Count; l++)
            {
                var label = scale.Labels[l];
                if (scale.IsNumeric && scale.Min < scale.Max && !scale.Contains(label.Value!.Value))
                    Error($"{path}.labels[{l}].value", $"Response scale \"{scale.Id}\": label \"{label.Text}\" has value {label.Code}, outside the scale's range {Fmt(scale.Min!.Value)}–{Fmt(scale.Max!.Value)}.");
                CheckTranslations(label.Translations, $"{path}.labels[{l}].translations", instrument.Languages);
            }

            ReportDuplicates(scale.Labels.Select(l => l.Code).ToList(), i => $"{path}.labels[{i}]",
                scale.IsNumeric ? "label value" : "label code");
            ReportDuplicates(scale.Labels.Select(l => Normalize(l.Text)).ToList(), i => $"{path}.labels[{i}].label", "label text");

            for (var m = 0; m < scale.MissingCodes.Count; m++)
            {
                var code = scale.MissingCodes[m];
                var mPath = $"{path}.missingCodes[{m}]";
                if (string.IsNullOrWhiteSpace(code))
                    Error(mPath, $"Missing code of \"{scale.Id}\" is empty; blank cells are always missing, so remove it.");
                if (double.TryParse(code, NumberStyles.Float, CultureInfo.InvariantCulture, out var special) && !double.IsFinite(special))
                    Error(mPath, $"Missing code \"{code}\" of \"{scale.Id}\" reads as a special number; use a code such as \"N/A\" or \"-99\".");
                // Missing codes are matched as text before numbers, so only the plain way of writing an answer collides: "00" may
                // mean "do not remember" beside an answer 0.
                if (scale.IsNumeric && double.TryParse(code, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && scale.Contains(number)
                    && Fmt(number) == code.Trim())
                    Error(mPath, $"Missing code \"{code}\" of \"{scale.Id}\" is a valid answer on the scale ({Fmt(scale.Min!.Value)}–{Fmt(scale.Max!.Value)}); pick a code outside the range, such as \"-99\".");
                if (scale.Labels.Any(l => Normalize(l.Text) == Normalize(code) || l.Code == code))
                    Error(mPath, $"Missing code \"{code}\" of \"{scale.Id}\" is also an answer label; an answer cannot be both.");
            }

            ReportDuplicates(scale.MissingCodes.Select(Normalize).ToList(), i => $"{path}.missingCodes[{i}]", "missing code");
        }
    }

    private void CheckItems(Instrument instrument)
    {
        if (instrument.Items.Count == 0) Error("$.items", "The instrument has no items; list at least one.");
        // Item ids become column names, which are matched without regard to case.
        ReportDuplicates(instrument.Items.Select(i => i.Id.ToLowerInvariant()).ToList(), i => $"$.items[{i}].id", "item id (ignoring case)");
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in instrument.Items) names.TryAdd(item.Id, item.Id);

        for (var i = 0; i < instrument.Items.Count; i++)
        {
            var item = instrument.Items[i];
            var path = $"$.items[{i}]";
            if (item.Id.Length > 0 && !ItemIdPattern().IsMatch(item.Id))
                Error($"{path}.id", $"Item id \"{item.Id}\" must start with a letter and contain only letters, digits and underscores (it becomes a column name).");

            if (item.Type == ItemType.Rating)
            {
                if (item.ResponseScaleId is null)
                    Error($"{path}.responseScale", $"Item \"{item.Id}\" is a rating item and needs a \"responseScale\" (one of: {ScaleIds(instrument)}).");
                else if (instrument.FindResponseScale(item.ResponseScaleId) is not { } scale)
                    Error($"{path}.responseScale", $"Item \"{item.Id}\" names unknown response scale \"{item.ResponseScaleId}\" (known: {ScaleIds(instrument)}).");
                else if (item.Reverse && !scale.IsNumeric)
                    Error($"{path}.reverse", $"Item \"{item.Id}\" is reverse-keyed but its response scale \"{scale.Id}\" is not numeric, so it cannot be reversed.");
            }
            else
            {
                var kind = DefinitionReader.CamelCase(item.Type.ToString());
                if (item.ResponseScaleId is not null)
                    Error($"{path}.responseScale", $"Item \"{item.Id}\" is a {kind} item; only rating items have a response scale. Remove \"responseScale\" or make it a rating item.");
                if (item.Reverse)
                    Error($"{path}.reverse", $"Item \"{item.Id}\" is a {kind} item and cannot be reverse-keyed; only items on a numeric response scale can.");
            }

            if (item.MaxCount is not null && item.Type != ItemType.Count)
                Error($"{path}.max", $"\"max\" applies only to count items; item \"{item.Id}\" is a {DefinitionReader.CamelCase(item.Type.ToString())} item.");
            if (item.MaxCount is < 0)
                Error($"{path}.max", $"Count item \"{item.Id}\" has a negative max; counts start at 0.");

            for (var a = 0; a < item.Aliases.Count; a++)
            {
                var alias = item.Aliases[a];
                if (!names.TryAdd(alias, item.Id) && names[alias] != item.Id)
                    Error($"{path}.aliases[{a}]", $"Alias \"{alias}\" of item \"{item.Id}\" is already the id or alias of item \"{names[alias]}\"; a column could not be told apart.");
            }

            CheckTranslations(item.TextTranslations, $"{path}.translations", instrument.Languages);
        }
    }

    private void CheckScales(Instrument instrument)
    {
        ReportDuplicates(instrument.Scales.Select(s => s.Id.ToLowerInvariant()).ToList(), i => $"$.scales[{i}].id", "scale id (ignoring case)");
        for (var s = 0; s < instrument.Scales.Count; s++)
        {
            var id = instrument.Scales[s].Id;
            if (instrument.Items.Any(i => string.Equals(i.Id, id, StringComparison.OrdinalIgnoreCase)))
                Error($"$.scales[{s}].id", $"Scale id \"{id}\" is also an item id; both become column names in exports, so rename one.");
        }

        for (var s = 0; s < instrument.Scales.Count; s++)
        {
            var scale = instrument.Scales[s];
            var path = $"$.scales[{s}]";
            if (scale.Id.Length > 0 && !ItemIdPattern().IsMatch(scale.Id))
                Error($"{path}.id", $"Scale id \"{scale.Id}\" must start with a letter and contain only letters, digits and underscores (it becomes a column name).");
            if (scale.ItemIds.Count == 0)
            {
                Error($"{path}.items", $"Scale \"{scale.Id}\" has no items; list the item ids it is scored from.");
                continue;
            }

            ReportDuplicates(scale.ItemIds, i => $"{path}.items[{i}]", "item in this scale's list");
            var ranges = new List<(double Min, double Max)>();
            for (var i = 0; i < scale.ItemIds.Count; i++)
            {
                if (ScoredRange(instrument, scale.ItemIds[i], $"{path}.items[{i}]", $"Scale \"{scale.Id}\"") is { } range)
                    ranges.Add(range);
            }

            CheckMinimumAnswers(scale, path);
            CheckWeights(instrument, scale, path);
            if (ranges.Count == scale.ItemIds.Count)
            {
                if (ranges.Distinct().Count() > 1 && scale.Method != ScoringMethod.Sum)
                    Warn($"{path}.items", $"Scale \"{scale.Id}\" averages items answered on different ranges ({string.Join(", ", ranges.Distinct().Select(r => $"{Fmt(r.Min)}–{Fmt(r.Max)}"))}); its score mixes units.");
                CheckBands(scale, path, ScoreRange(scale, ranges));
            }

            CheckTranslations(scale.TitleTranslations, $"{path}.translations", instrument.Languages);
        }
    }

    /// <summary>The numeric range of an item a scale scores, or null (after reporting why) when it cannot be scored.</summary>
    private (double Min, double Max)? ScoredRange(Instrument instrument, string itemId, string path, string who)
    {
        if (instrument.FindItem(itemId) is not { } item)
        {
            Error(path, $"{who} names unknown item \"{itemId}\"{Suggest(itemId, instrument.Items.Select(i => i.Id))}.");
            return null;
        }

        if (item.Type != ItemType.Rating)
        {
            Error(path, $"{who} scores item \"{itemId}\", a {DefinitionReader.CamelCase(item.Type.ToString())} item; only rating items on a numeric response scale can be scored.");
            return null;
        }

        if (instrument.ResponseScaleOf(item) is not { } responseScale) return null; // reported with the item
        if (!responseScale.IsNumeric)
        {
            Error(path, $"{who} scores item \"{itemId}\", whose response scale \"{responseScale.Id}\" is not numeric; nominal answers cannot be averaged.");
            return null;
        }

        return (responseScale.Min!.Value, responseScale.Max!.Value);
    }

    private void CheckMinimumAnswers(Scale scale, string path)
    {
        if (scale.MinAnswered is not null && scale.MinAnsweredShare is not null)
            Error($"{path}.minAnsweredShare", $"Scale \"{scale.Id}\" sets both \"minAnswered\" and \"minAnsweredShare\"; keep one.");
        if (scale.MinAnswered is { } min && (min < 1 || min > scale.ItemIds.Count))
            Error($"{path}.minAnswered", $"Scale \"{scale.Id}\" requires {min} answered items but has {scale.ItemIds.Count}; use a number from 1 to {scale.ItemIds.Count}.");
        if (scale.MinAnsweredShare is { } share && (share <= 0 || share > 1))
            Error($"{path}.minAnsweredShare", $"Scale \"{scale.Id}\": minAnsweredShare {Fmt(share)} must be a fraction above 0 and at most 1 (e.g. 0.75).");
    }

    private void CheckWeights(Instrument instrument, Scale scale, string path)
    {
        if (scale.Method != ScoringMethod.WeightedMean)
        {
            if (scale.WeightItems.Count > 0)
                Error($"{path}.weights", $"Scale \"{scale.Id}\" has weights but its method is \"{DefinitionReader.CamelCase(scale.Method.ToString())}\"; weights are used only by \"weightedMean\".");
            return;
        }

        foreach (var itemId in scale.ItemIds.Where(id => !scale.WeightItems.ContainsKey(id)))
            Error($"{path}.weights", $"Scale \"{scale.Id}\" is a weighted mean but item \"{itemId}\" has no weight item; add \"{itemId}\": \"<importance item id>\" to \"weights\".");
        foreach (var (itemId, weightId) in scale.WeightItems)
        {
            var wPath = $"{path}.weights.{itemId}";
            if (!scale.ItemIds.Contains(itemId))
                Error(wPath, $"Scale \"{scale.Id}\" gives a weight for \"{itemId}\", which is not one of its items.");
            if (ScoredRange(instrument, weightId, wPath, $"Scale \"{scale.Id}\": the weight of \"{itemId}\"") is { Min: < 0 })
                Error(wPath, $"Scale \"{scale.Id}\": weight item \"{weightId}\" can take negative values; weights must be 0 or more.");
        }
    }

    private void CheckBands(Scale scale, string path, (double Min, double Max) range)
    {
        if (scale.Bands.Count == 0) return;
        for (var b = 1; b < scale.Bands.Count; b++)
        {
            if (scale.Bands[b].UpTo <= scale.Bands[b - 1].UpTo)
                Error($"{path}.bands[{b}].upTo", $"Bands of scale \"{scale.Id}\" must be in increasing order of \"upTo\"; {Fmt(scale.Bands[b].UpTo)} follows {Fmt(scale.Bands[b - 1].UpTo)}.");
        }

        var last = scale.Bands[^1];
        if (last.UpTo < range.Max)
            Error($"{path}.bands[{scale.Bands.Count - 1}].upTo", $"Scale \"{scale.Id}\" can score up to {Fmt(range.Max)} but its last band ends at {Fmt(last.UpTo)}; such scores would fall in no band. Raise the last \"upTo\" to {Fmt(range.Max)}.");
        ReportDuplicates(scale.Bands.Select(b => Normalize(b.Label)).ToList(), i => $"{path}.bands[{i}].label", "band label");
    }

    private static (double Min, double Max) ScoreRange(Scale scale, List<(double Min, double Max)> ranges) => scale.Method switch
    {
        ScoringMethod.Sum or ScoringMethod.ProratedSum => (ranges.Sum(r => r.Min), ranges.Sum(r => r.Max)),
        _ => (ranges.Min(r => r.Min), ranges.Max(r => r.Max)),
    };

    private void CheckTranslations(Translations translations, string path, IReadOnlyList<string> languages)
    {
        foreach (var language in translations.ByLanguage.Keys.Where(l => !languages.Contains(l)))
            Warn($"{path}.{language}", $"Translation for language \"{language}\", which is not listed in \"languages\"; add it there.");
    }

    private void ReportDuplicates(IReadOnlyList<string> values, Func<int, string> pathOf, string what)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i].Length == 0) continue;
            if (seen.TryGetValue(values[i], out var first))
                Error(pathOf(i), $"Duplicate {what} \"{values[i]}\" (first used at {pathOf(first)}); each must be unique.");
            else
                seen[values[i]] = i;
        }
    }

    private static string Suggest(string name, IEnumerable<string> known)
    {
        var close = known.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
        return close is null ? "" : $" (did you mean \"{close}\"?)";
    }

    private static string ScaleIds(Instrument instrument) =>
        instrument.ResponseScales.Count == 0 ? "none defined" : string.Join(", ", instrument.ResponseScales.Select(s => s.Id));

    /// <summary>Labels are matched case- and whitespace-insensitively, so they must also be unique that way.</summary>
    internal static string Normalize(string text) => WhiteSpace().Replace(text.Trim(), " ").ToLowerInvariant();

    private static string Fmt(double value) => DefinitionReader.FormatNumber(value);

    private void Error(string path, string message) => problems.Add(new Diagnostic(source, DiagnosticCodes.Definition.Rule, message) { Column = path });

    private void Warn(string path, string message) =>
        problems.Add(new Diagnostic(source, DiagnosticCodes.Definition.Advice, message) { Column = path, Severity = DiagnosticSeverity.Warning });

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*\z")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_]*\z")]
    private static partial Regex ItemIdPattern();

    [GeneratedRegex(@"^[0-9]+\.[0-9]+\.[0-9]+\z")]
    private static partial Regex VersionPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
