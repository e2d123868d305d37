using System.Diagnostics;
using MentorEval.Core.Instruments;
using MentorEval.Core.Risk;
using MentorEval.Core.Sample;
using MentorEval.Risk.Evaluation;
using MentorEval.Risk.Training;

namespace MentorEval.Benchmarks;

/// <summary>
/// The risk model's budgets (issue 5): train with evaluation on 50,000 pairs in ≤ 60 s; predict 100,000 pairs in ≤ 5 s.
/// One timed run each (a single training takes seconds, so BenchmarkDotNet's repetitions add nothing):
/// <c>dotnet run -c Release --project benchmarks/MentorEval.Benchmarks -- risk</c>.
/// Programs come from the sample generator (four finished cohorts); generating them is not timed.
/// </summary>
public static class RiskBenchmarks
{
    public const int TrainPairs = 50_000;
    public const int PredictPairs = 100_000;

    public static void Run()
    {
        var instruments = MentorEval.Import.Instruments.InstrumentFiles.Load(Path.Combine(RepositoryRoot(), "instruments")).Instruments.ToList();
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}");

        var clock = Stopwatch.StartNew();
        var training = Builder(instruments, TrainPairs, cohorts: 4, seed: 1);
        var points = training.Cohorts.SelectMany(training.TrainingPoints).ToList();
        Console.WriteLine($"generate {TrainPairs:N0} pairs: {clock.Elapsed.TotalSeconds:F1} s (not timed)");

        clock.Restart();
        var catalog = RiskFeatureCatalog.For(points, training.Instruments);
        var rows = points.SelectMany(p => training.Build(p, catalog)).ToList();
        var features = clock.Elapsed;
        clock.Restart();
        var model = new ClosureRiskTrainer().Train(rows, training.RulesConcern(rows), catalog, ThresholdPolicy.Default, DateTimeOffset.UtcNow);
        var train = clock.Elapsed;
        Console.WriteLine($"train with evaluation, {TrainPairs:N0} pairs ({rows.Count:N0} rows × {catalog.Features.Count} features): " +
                          $"features {features.TotalSeconds:F1} s + train/evaluate {train.TotalSeconds:F1} s = {(features + train).TotalSeconds:F1} s (budget 60 s)");
        foreach (var e in model.Card.Evaluations) Console.WriteLine($"  {e.Trainer} ({e.Setting}): held-out ROC AUC {e.RocAuc:F3}");

        var predicting = Builder(instruments, PredictPairs, cohorts: 1, seed: 2);
        var point = predicting.Point(predicting.Cohorts[0], "month-3")!;
        clock.Restart();
        var pairs = predicting.Build(point, catalog);
        var build = clock.Elapsed;
        clock.Restart();
        var risks = model.Predict(pairs, catalog);
        var predict = clock.Elapsed;
        Console.WriteLine($"predict {pairs.Count:N0} running pairs of {PredictPairs:N0}: features {build.TotalSeconds:F1} s + score and reasons {predict.TotalSeconds:F1} s = " +
                          $"{(build + predict).TotalSeconds:F1} s (budget 5 s); {risks.Count(r => r.Flagged):N0} flagged");
    }

    private static RiskFeatureBuilder Builder(IReadOnlyList<Instrument> instruments, int pairs, int cohorts, int seed)
    {
        var program = new SampleProgramGenerator(instruments).Generate(new SampleOptions { Pairs = pairs, Cohorts = cohorts, LatestCohortInProgress = false, Seed = seed });
        return new RiskFeatureBuilder(program.Roster, SampleResponses.Of(program, instruments));
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "MentorEval.sln"))) return folder.FullName;
        throw new InvalidOperationException($"No MentorEval.sln above {AppContext.BaseDirectory}.");
    }
}
