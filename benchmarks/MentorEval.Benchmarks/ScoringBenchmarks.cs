using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using MentorEval.Core.Instruments;
using MentorEval.Core.Reliability;
using MentorEval.Core.Scoring;

namespace MentorEval.Benchmarks;

/// <summary>
/// Scoring plus full reliability of an MCA-shaped instrument (26 items on 1–7 in the six competency scales of
/// 6, 5, 3, 5, 2 and 5 items) for 1,000,000 respondents, about 3% of answers missing; the file is already parsed.
/// Budget: 3 s on the 2-core machine, and at least 10× faster than psych::scoreItems + psych::alpha on the same
/// data (benchmarks/scoring-psych.R reads the CSV that `-- write-scoring-data FILE` writes).
/// Run: dotnet run -c Release --project benchmarks/MentorEval.Benchmarks -- --filter "*Scoring*"
/// </summary>
[MemoryDiagnoser]
public class ScoringBenchmarks // BenchmarkDotNet derives from benchmark classes, so not sealed.
{
    public const int Respondents = 1_000_000;
    private static readonly int[] ScaleSizes = [6, 5, 3, 5, 2, 5];

    private Instrument instrument = null!;
    private string[] ids = [];
    private double[][] values = [];

    [GlobalSetup]
    public void CreateSurvey() => (instrument, ids, values) = Survey();

    [Benchmark]
    public int ScoreAndReliabilityPairwise() => Count(InstrumentScoring.Score(instrument, ids, values, MissingDataPolicy.Pairwise));

    [Benchmark]
    public int ScoreAndReliabilityListwise() => Count(InstrumentScoring.Score(instrument, ids, values, MissingDataPolicy.Listwise));

    private static int Count(InstrumentScores scores) => scores.Scales.Count(s => s.Reliability.RawAlpha is not null);

    /// <summary>The same seeded survey every time: one latent trait per competency, correlated through a general one.</summary>
    public static (Instrument Instrument, string[] Ids, double[][] Values) Survey()
    {
        var json = new StringBuilder("""{ "id": "mca-bench", "version": "1.0.0", "title": "MCA-shaped benchmark", "citation": "benchmark", "roles": ["mentee"], "responseScales": [ { "id": "s7", "min": 1, "max": 7 } ], "items": [""");
        json.AppendJoin(", ", Enumerable.Range(1, 26).Select(i => $$"""{ "id": "i{{i:00}}", "text": "Item {{i}}", "responseScale": "s7" }"""));
        json.Append("], \"scales\": [");
        var first = 1;
        json.AppendJoin(", ", ScaleSizes.Select((size, s) =>
        {
            var items = string.Join(", ", Enumerable.Range(first, size).Select(i => $"\"i{i:00}\""));
            first += size;
            return $$"""{ "id": "c{{s + 1}}", "title": "Competency {{s + 1}}", "items": [{{items}}], "minAnswered": 1 }""";
        }));
        json.Append("] }");
        var instrument = InstrumentDefinition.Parse(json.ToString(), "benchmark").Instrument!;

        var random = new Random(20261122);
        var scaleOf = ScaleSizes.SelectMany((size, s) => Enumerable.Repeat(s, size)).ToArray();
        var values = new double[Respondents][];
        var traits = new double[ScaleSizes.Length];
        for (var r = 0; r < Respondents; r++)
        {
            var general = random.NextDouble() * 2 - 1;
            for (var s = 0; s < traits.Length; s++) traits[s] = 0.7 * general + 0.5 * (random.NextDouble() * 2 - 1);
            var row = values[r] = new double[26];
            for (var i = 0; i < 26; i++)
                row[i] = random.NextDouble() < 0.03 ? double.NaN : Math.Clamp(Math.Round(5 + 2 * traits[scaleOf[i]] + random.NextDouble() * 2 - 1), 1, 7);
        }

        return (instrument, Enumerable.Range(1, Respondents).Select(r => $"R{r}").ToArray(), values);
    }

    /// <summary>Writes the benchmark's survey as CSV (i01..i26, NA for missing) for the psych comparison.</summary>
    public static void WriteCsv(string path)
    {
        var (_, _, values) = Survey();
        using var writer = new StreamWriter(path);
        writer.WriteLine(string.Join(",", Enumerable.Range(1, 26).Select(i => $"i{i:00}")));
        foreach (var row in values)
            writer.WriteLine(string.Join(",", row.Select(v => double.IsNaN(v) ? "NA" : v.ToString(CultureInfo.InvariantCulture))));
    }
}
