using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using GroupCrm.Bench.Allocation;

// The allocation engine on 20,000 lines: see docs/performance.md, "Allocation engine".
//   dotnet run -c Release --project bench/GroupCrm.Bench.Allocation [-- --filter '*Caps*']
// In process: the engine is a pure function, so there is no host to isolate, and the build stays this project's.
var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance))
    .AddDiagnoser(MemoryDiagnoser.Default)
    .AddColumn(StatisticColumn.Median, StatisticColumn.Min)
    .WithOptions(ConfigOptions.DisableLogFile);
BenchmarkSwitcher.FromAssembly(typeof(EngineBenchmarks).Assembly).Run(args.Length == 0 ? ["--filter", "*"] : args, config);
