using BenchmarkDotNet.Running;
using MentorEval.Benchmarks;
using MentorEval.Benchmarks.Import;
using MentorEval.Benchmarks.Report;

// Long end-to-end runs are timed by hand (ImportBenchmark, ReportBenchmark, RiskBenchmarks); everything else goes to BenchmarkDotNet.
switch (args)
{
    case ["write-scoring-data", var path]:
        ScoringBenchmarks.WriteCsv(path);
        Console.WriteLine($"Wrote {ScoringBenchmarks.Respondents} respondents × 26 items to {path}");
        return 0;
    case ["risk"]:
        RiskBenchmarks.Run();
        return 0;
    case ["import", .. var rest]:
        return await ImportBenchmark.RunAsync(rest);
    case ["report", .. var rest]:
        return await ReportBenchmark.RunAsync(rest);
    default:
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
}
