using System.Text.Json;
using System.Text.Json.Serialization;
using MentorEval.Core.Risk;
using MentorEval.Risk.Evaluation;

namespace MentorEval.Risk.Models;

/// <summary>
/// What a saved risk model is and how good it was: the features and instrument versions it reads (prediction refuses
/// data that differ), the cohorts it learned from, both trainers' held-out metrics, the threshold, the seed and date, and
/// the verdict: whether it beat chance and the documented rules on held-out cohorts (a model that did not is never used).
/// </summary>
public sealed record RiskModelCard(
    int Format,
    DateTimeOffset CreatedAt,
    int Seed,
    string Trainer,
    IReadOnlyList<string> Features,
    IReadOnlyDictionary<string, string> InstrumentVersions,
    IReadOnlyList<string> RepeatedInstruments,
    IReadOnlyList<TrainingCohort> TrainingCohorts,
    IReadOnlyList<ModelEvaluation> Evaluations,
    ThresholdPolicy Policy,
    double Threshold,
    FeatureScaling Scaling,
    IReadOnlyList<FeatureImportance> Importance,
    ModelVerdict Verdict)
{
    /// <summary>
    /// 3: the verdict was added; a format-2 model was kept whatever it learned, so it is not read. The held-out tables
    /// came later within format 3: a card without them still loads.
    /// </summary>
    public const int CurrentFormat = 3;

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public ModelEvaluation Chosen => Evaluations.First(e => e.Trainer == Trainer);

    /// <summary>
    /// The chosen trainer's held-out recall and precision by capacity share (<see cref="HeldOutShares"/>); null in a card
    /// written before the table was kept, which still loads.
    /// </summary>
    public IReadOnlyList<HeldOutShare>? HeldOut { get; init; }

    /// <summary>The documented rules' held-out table on the same rows (their concern scores ranking them).</summary>
    public IReadOnlyList<HeldOutShare>? RulesHeldOut { get; init; }

    /// <summary>The share chosen at training, this month's default capacity: the policy's share, or what its minimum recall came to.</summary>
    public double TrainingShare => Policy.FlagShare ?? Chosen.FlaggedShare;

    /// <summary>The card as the workbook and the CLI show it, feature ids put in plain words by <paramref name="catalog"/>.</summary>
    /// <param name="file">The model file's name, or null.</param>
    public ModelCard Describe(RiskFeatureCatalog catalog, string? file)
    {
        var chosen = Chosen;
        return new ModelCard(Trainer, chosen.Setting, CreatedAt, Seed, file, TrainingCohorts, chosen.Rows, chosen.EarlyClosures, chosen.Scheme,
            Verdict.Model, chosen.PrAuc, chosen.Brier, Verdict.RulesRocAuc,
            Policy.MinRecall is { } recall ? FlagCapacity.OfRecall(recall) : FlagCapacity.OfShare(TrainingShare),
            Threshold, chosen.FlaggedShare, chosen.Recall, chosen.Precision, HeldOut, RulesHeldOut, chosen.Calibration,
            Importance.Select(i => new NamedImportance(i.Feature, catalog.DisplayNameOf(i.Feature), i.AucDrop)).ToList(), InstrumentVersions, Features.Count);
    }

    public string ToJson() => JsonSerializer.Serialize(this, Options);

    public static RiskModelCard FromJson(string json) =>
        JsonSerializer.Deserialize<RiskModelCard>(json, Options) ?? throw new JsonException("empty model card");

    /// <summary>Why this model cannot read the data's features, or null when it can.</summary>
    public string? Mismatch(RiskFeatureCatalog catalog)
    {
        var problems = new List<string>();
        foreach (var (id, version) in InstrumentVersions)
        {
            if (!catalog.InstrumentVersions.TryGetValue(id, out var have)) problems.Add($"instrument \"{id}\" {version} has no responses in the data");
            else if (have != version) problems.Add($"instrument \"{id}\" is version {have} in the data but the model was trained on {version}");
        }

        if (problems.Count == 0 && !Features.SequenceEqual(catalog.Names))
            problems.Add($"the data give {catalog.Features.Count} features, the model reads {Features.Count} different ones");
        return problems.Count == 0 ? null : string.Join("; ", problems);
    }
}
