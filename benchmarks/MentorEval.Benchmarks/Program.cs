using BenchmarkDotNet.Running;
using MentorEval.Benchmarks.Import;

// `import ...` is one long end-to-end run, timed by hand (see ImportBenchmark); everything else goes to BenchmarkDotNet.
return args switch
{
    ["import", .. var rest] => await ImportBenchmark.RunAsync(rest),
    _ => Run(args),
};

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    return 0;
}
