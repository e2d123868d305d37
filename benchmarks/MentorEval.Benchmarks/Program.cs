using BenchmarkDotNet.Running;
using MentorEval.Benchmarks;

if (args is ["write-scoring-data", var path])
{
    ScoringBenchmarks.WriteCsv(path);
    Console.WriteLine($"Wrote {ScoringBenchmarks.Respondents} respondents × 26 items to {path}");
    return;
}

if (args is ["risk"])
{
    RiskBenchmarks.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
