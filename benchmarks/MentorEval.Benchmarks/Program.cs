using BenchmarkDotNet.Running;
using MentorEval.Benchmarks;

if (args is ["write-scoring-data", var path])
{
    ScoringBenchmarks.WriteCsv(path);
    Console.WriteLine($"Wrote {ScoringBenchmarks.Respondents} respondents × 26 items to {path}");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
