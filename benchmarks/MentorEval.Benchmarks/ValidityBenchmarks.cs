using BenchmarkDotNet.Attributes;
using MentorEval.Core.Reliability;
using MentorEval.Core.Validity;

namespace MentorEval.Benchmarks;

/// <summary>
/// Confirmatory factor analysis of an MCA-sized instrument: 26 items in 6 correlated factors (6, 5, 3, 5, 2 and 5
/// items, as mca-26), 10,000 respondents on a 1–7 scale, about 1% of answers missing (listwise). Budgets: one CFA
/// (fit, standard errors, modification indices) ≤ 2 s; the four-step invariance sequence across two groups of 5,000,
/// with partial invariance when a step fails, ≤ 10 s.
/// Run: dotnet run -c Release --project benchmarks/MentorEval.Benchmarks -- --filter "*Validity*"
/// </summary>
[MemoryDiagnoser]
public class ValidityBenchmarks // BenchmarkDotNet derives from benchmark classes, so not sealed.
{
    private const int Respondents = 10_000;
    private static readonly int[] FactorSizes = [6, 5, 3, 5, 2, 5];

    private MeasurementModel model = null!;
    private ItemResponses responses = null!;
    private string[] groups = [];

    [GlobalSetup]
    public void CreateSurvey()
    {
        var random = new Random(20261207);
        var item = 0;
        model = new MeasurementModel(FactorSizes.Select((size, f) =>
            new Factor($"F{f + 1}", $"F{f + 1}", Enumerable.Range(0, size).Select(_ => $"Q{++item:00}").ToArray())).ToList());
        var k = model.ItemIds.Count;
        var factorOf = FactorSizes.SelectMany((size, f) => Enumerable.Repeat(f, size)).ToArray();
        var answers = new double[k * Respondents];
        groups = new string[Respondents];
        for (var r = 0; r < Respondents; r++)
        {
            // Factors share a general part (correlations about .5); the second group answers the first item of each factor higher.
            var general = Normal(random);
            var factors = FactorSizes.Select(_ => Math.Sqrt(0.5) * general + Math.Sqrt(0.5) * Normal(random)).ToArray();
            groups[r] = r % 2 == 0 ? "mentor" : "mentee";
            for (var i = 0; i < k; i++)
            {
                var shift = r % 2 == 1 && (i == 0 || factorOf[i] != factorOf[i - 1]) ? 0.3 : 0;
                var latent = 0.75 * factors[factorOf[i]] + 0.66 * Normal(random) + shift;
                answers[i * Respondents + r] = random.NextDouble() < 0.01 ? double.NaN : Math.Clamp(Math.Round(4.5 + 1.2 * latent), 1, 7);
            }
        }

        responses = new ItemResponses(model.ItemIds, Respondents, answers);
    }

    [Benchmark]
    public double Cfa() => ConfirmatoryFactorAnalysis.Fit(model, responses).Fit?.Cfi ?? 0;

    [Benchmark]
    public int InvarianceSequence() => MeasurementInvariance.Test(model, responses, groups, "role").Steps.Count;

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
