using AceStep.Benchmarks.Scenarios;
using BenchmarkDotNet.Running;

// Two faces: `scenario NAME …` runs one whole-process scenario (bench/run.sh times these under /usr/bin/time -v);
// anything else goes to BenchmarkDotNet's switcher for the in-process micro-benchmarks.
if (args.Length >= 2 && args[0] == "scenario")
{
    return await ScenarioRunner.RunAsync(args[1], args[2..]);
}

BenchmarkSwitcher.FromAssembly(typeof(ScenarioRunner).Assembly).Run(args);
return 0;
