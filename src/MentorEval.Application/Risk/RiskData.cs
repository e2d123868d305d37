using MentorEval.Application.Files;
using MentorEval.Application.Programs;
using MentorEval.Core.Analysis;
using MentorEval.Core.Diagnostics;
using MentorEval.Core.Pairs;
using MentorEval.Core.Risk;
using MentorEval.Risk.Evaluation;
using MentorEval.Risk.Models;
using MentorEval.Risk.Training;
using MentorEval.Storage.Database;
using MentorEval.Storage.Responses;
using MentorEval.Storage.Roster;

namespace MentorEval.Application.Risk;

/// <summary>The program's roster and responses as the risk code reads them, and where its model lives.</summary>
internal sealed class RiskData
{
    private readonly Workspace workspace;
    private readonly string database;

    private RiskData(Workspace workspace, string database, string display, IReadOnlyList<RosterEntry> roster,
        IReadOnlyList<InstrumentResponses> responses, RiskFeatureBuilder builder)
    {
        this.workspace = workspace;
        this.database = database;
        Display = display;
        Roster = roster;
        Responses = responses;
        Builder = builder;
    }

    public string Display { get; }

    public string SoftwareVersion => workspace.SoftwareVersion;

    /// <summary>The folder relative paths are taken from (where a program keeps its own edited tables).</summary>
    public string CurrentDirectory => workspace.CurrentDirectory;

    /// <summary>The program's early-closure rate today beside the published one, for the risk views (a leader reads a flag against it).</summary>
    public string BaseRate() =>
        Core.Retention.EarlyClosureBaseRate.Sentence(Core.Retention.EarlyClosureBaseRate.Of(Roster, DateOnly.FromDateTime(DateTime.UtcNow)));

    public IReadOnlyList<RosterEntry> Roster { get; }

    public IReadOnlyList<InstrumentResponses> Responses { get; }

    public RiskFeatureBuilder Builder { get; }

    public static async Task<Attempt<RiskData>> LoadAsync(Workspace workspace, CancellationToken cancel)
    {
        var location = workspace.Store;
        if (workspace.MissingDatabase() is { } missing) return missing;
        await using var db = await workspace.OpenStoreAsync(cancel);
        var roster = await RosterStore.LoadAsync(db, cancel);
        if (roster.Count == 0) return ProgramRefusals.NoRoster(location.Display);
        return From(workspace, location, roster, await ResponseStore.LoadAsync(db, cancel));
    }

    /// <summary>From a roster and responses already loaded (the report command loads them for its own use too).</summary>
    public static RiskData From(Workspace workspace, StoreLocation location, IReadOnlyList<RosterEntry> roster, IReadOnlyList<InstrumentResponses> responses) =>
        new(workspace, location.IsServer ? "" : location.Value, location.Display, roster, responses, new RiskFeatureBuilder(roster, responses));

    /// <summary>Null when the roster has the cohort; else why not.</summary>
    public Refusal? UnknownCohort(string name) => ProgramRefusals.UnknownCohort(Roster, name, Display);

    /// <summary>Cohorts whose pairs have all completed or closed: their outcomes are known.</summary>
    public List<string> FinishedCohorts() =>
        Builder.Cohorts.Where(c => Roster.Where(p => p.Cohort == c).All(p => p.Status != PairStatus.Active) && Builder.Waves(c).Count >= 2).ToList();

    public Attempt<PredictionPoint> Point(string cohort, string? wave)
    {
        var waves = Builder.Waves(cohort);
        if (waves.Count == 0)
            return new Diagnostic(Display, DiagnosticCodes.Program.NoResponses, $"Cohort \"{cohort}\" has no survey responses yet.")
            {
                Fix = "Import its exports first ('mentoreval import').",
            };
        var chosen = wave ?? waves[^1];
        if (Builder.Point(cohort, chosen) is { } point) return point;
        return ProgramRefusals.UnknownWave(Display, cohort, chosen, waves);
    }

    /// <summary>The model file: the one given, else beside the SQLite database; a server has no file to put it beside.</summary>
    public Attempt<string> ModelPath(string? given)
    {
        if (given is not null) return workspace.FullPath(given);
        if (database.Length == 0)
            return new Diagnostic(Display, DiagnosticCodes.Risk.ModelPathNeeded, "The database is a server, so the model has no file beside it.")
            {
                Fix = "Give the model file with --model.",
            };
        return database + ".risk-model.zip";
    }

    /// <summary>The model file when there is a place for one (see <see cref="ModelPath"/>), else null.</summary>
    private string? ModelFile(string? given) => given is null && database.Length == 0 ? null : given is null ? database + ".risk-model.zip" : workspace.FullPath(given);

    private const string RulesUntilThen = "Train again once more cohorts have finished; until then 'mentoreval risk predict' uses the documented rules.";

    /// <summary>
    /// Learns early closure from the chosen cohorts; its card's verdict says whether it may be kept. Too little history
    /// (no second wave, too few early closures) is a normal state for a young program, not a failure.
    /// </summary>
    public TrainAttempt Train(IReadOnlyList<string> cohorts, ThresholdPolicy policy)
    {
        var needed = ClosureRiskRules.MinimumClosuresToLearn;
        var points = cohorts.SelectMany(Builder.TrainingPoints).ToList();
        if (points.Count == 0)
            return new TrainAttempt.InsufficientHistory(0, needed, new Diagnostic(Display, DiagnosticCodes.Risk.InsufficientHistory,
                $"Cohorts {string.Join(", ", cohorts)} have fewer than two waves of responses; a model learns from the waves before the last.")
            {
                Fix = RulesUntilThen,
            });
        var catalog = RiskFeatureCatalog.For(points, Builder.Instruments);
        var rows = points.SelectMany(p => Builder.Build(p, catalog)).ToList();
        var closures = ClosureRiskTrainer.EarlyClosures(rows);
        if (closures < needed)
            return new TrainAttempt.InsufficientHistory(closures, needed, new Diagnostic(Display, DiagnosticCodes.Risk.InsufficientHistory,
                $"Cohorts {string.Join(", ", cohorts)} have {closures} early closures; at least {needed} are needed to learn from.")
            {
                Fix = RulesUntilThen,
            });

        return new TrainAttempt.Trained(new ClosureRiskTrainer().Train(rows, Builder.RulesConcern(rows), catalog, policy, DateTimeOffset.UtcNow));
    }

    /// <summary>The share or recall asked for cannot be had here: the capacity rule's text says why, then what to give instead.</summary>
    private static Diagnostic CapacityUnreachable(string file, string problem)
    {
        var (message, fix) = Refusal.Sentences(problem);
        return new Diagnostic(file, DiagnosticCodes.Risk.CapacityUnreachable, message) { Fix = fix };
    }

    /// <summary>Starts the model file and its card, before training, so a target that cannot be written stops the command at once.</summary>
    public static (OutputFile Model, OutputFile Card) OpenModelFiles(OutputFiles outputs, string path) =>
        (outputs.Open(path, "the risk model", "--model"), outputs.Open(RiskModel.CardPath(path), "the risk model's card", "--model"));

    /// <summary>The model file a judgement would read (null for the rules), with its card: inputs no output may replace.</summary>
    public (string Path, string What)[] ModelInputs(string? givenModel) =>
        ModelFile(givenModel) is { } path ? [(path, "the risk model"), (RiskModel.CardPath(path), "the risk model's card")] : [];

    /// <summary>What happens to a model file already at <paramref name="path"/> when training kept none, or null when there is none.</summary>
    public static string? Existing(string path)
    {
        if (!File.Exists(path)) return null;
        try
        {
            var card = RiskModel.Load(path).Card;
            return $"The model already at \"{path}\" (trained {card.CreatedAt:yyyy-MM-dd}) is left as it was, and predict and report keep using it while it fits the data.";
        }
        catch (Exception e) when (e is RiskModelMismatchException or FileNotFoundException or System.Text.Json.JsonException)
        {
            return $"The file already at \"{path}\" is left as it was; predict and report do not use it ({e.Message}).";
        }
    }

    /// <summary>
    /// The model's judgement when a usable model file exists, else the rules'. A model at the default path that cannot
    /// be used (trained on instruments or versions the data no longer have, an older card format, a card whose verdict
    /// did not keep it) is passed over for the rules, and the note says why; an explicit --model that cannot be used is
    /// an error.
    /// </summary>
    /// <param name="capacity">The share to flag this time (`--flag-share`/`--min-recall`); null for the model card's training share, or 0.2 with the rules.</param>
    public Attempt<Judgement> Judge(PredictionPoint point, string? givenModel, FlagCapacity? capacity = null)
    {
        var path = ModelFile(givenModel);
        string? passedOver = null;
        if (path is not null && File.Exists(path))
        {
            try
            {
                var model = RiskModel.Load(path);
                var catalog = new RiskFeatureCatalog(Builder.Instruments.Where(i => model.Card.InstrumentVersions.ContainsKey(i.Id)).ToList(),
                    model.Card.RepeatedInstruments.ToHashSet(StringComparer.Ordinal));
                var pairs = Builder.Build(point, catalog);
                if (model.Judge(pairs, catalog, capacity, out var problem) is not { } judged)
                    return CapacityUnreachable(path, problem!);
                return new Judgement(RiskMethod.Model, path, null, model, catalog, pairs, judged.Risks, judged.Rule) { HeldOut = model.Card.HeldOut };
            }
            catch (RiskModelMismatchException e)
            {
                if (givenModel is not null)
                    return new Diagnostic(path, DiagnosticCodes.Risk.ModelUnusable, $"The model at \"{path}\" cannot be used on this data: {e.Message}.")
                    {
                        Fix = "Train again with 'mentoreval risk train', or move the model file away to use the rules.",
                    };
                passedOver = $"the model at \"{path}\" is not used: {e.Message}";
            }
            catch (FileNotFoundException)
            {
                if (givenModel is not null)
                    return new Diagnostic(path, DiagnosticCodes.Risk.ModelUnusable, $"The model at \"{path}\" has no card beside it (\"{RiskModel.CardPath(path)}\").")
                    {
                        Fix = "Train again with 'mentoreval risk train'.",
                    };
                passedOver = $"the model at \"{path}\" is not used: it has no card beside it (\"{RiskModel.CardPath(path)}\")";
            }
        }

        if (givenModel is not null)
            return new Diagnostic(path!, DiagnosticCodes.Risk.ModelMissing, $"No model at \"{path}\".")
            {
                Fix = "Train one with 'mentoreval risk train', or leave out --model to use the rules.",
            };
        var rulesCatalog = RiskFeatureCatalog.For([point], Builder.Instruments, everyFeature: true);
        var rulesPairs = Builder.Build(point, rulesCatalog);
        var note = passedOver is null
            ? $"Rule-based: no model{(path is null ? "" : $" at \"{path}\"")}. 'mentoreval risk train' learns one once finished cohorts have at least {ClosureRiskRules.MinimumClosuresToLearn} early closures and it beats the rules on cohorts it did not learn from."
            : $"Rule-based: {passedOver}.";
        var share = ThresholdPolicy.Default.FlagShare!.Value;
        var heldOut = RulesHeldOut.On(Builder, FinishedCohorts(), capacity?.Share ?? share);
        var choice = (capacity ?? FlagCapacity.OfShare(share)).Choose(heldOut);
        if (choice.Problem is { } wrong) return CapacityUnreachable(Display, wrong);
        var rules = ClosureRiskRules.Judge(rulesPairs, rulesCatalog, choice.Share);
        return new Judgement(RiskMethod.Rules, null, note, null, rulesCatalog, rulesPairs, rules, FlagRule.Of(RiskMethod.Rules, rules, choice)) { HeldOut = heldOut };
    }
}

internal sealed record Judgement(RiskMethod Method, string? ModelPath, string? Note, RiskModel? Model, RiskFeatureCatalog Catalog,
    IReadOnlyList<PairRiskFeatures> Pairs, IReadOnlyList<ClosureRisk> Risks, FlagRule Flag)
{
    /// <summary>The judge's held-out recall and precision by share (the model card's, or the rules' on finished cohorts); null when there is none.</summary>
    public IReadOnlyList<HeldOutShare>? HeldOut { get; init; }
}

/// <summary>What training made of the chosen cohorts: a model (kept or not by its verdict), or too little history to learn from.</summary>
internal abstract record TrainAttempt
{
    public sealed record Trained(RiskModel Model) : TrainAttempt;

    /// <param name="Closures">Early closures in the training rows.</param>
    /// <param name="Needed">Early closures needed to learn from.</param>
    /// <param name="Problem">Why, and that the rules judge until then.</param>
    public sealed record InsufficientHistory(int Closures, int Needed, Diagnostic Problem) : TrainAttempt;
}
