using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace EntityGraph.Benchmarks.Micro;

/// <summary>
/// <c>entitygraph-bench micro [BenchmarkDotNet arguments]</c>: BenchmarkDotNet micro-benchmarks of the hot pieces of a
/// request (tokenizer, window building, decoding, linking key folding, store upsert), run in process with a short job.
/// <c>--filter *Decode*</c> picks some; <c>--list flat</c> lists them. Models come from ./models or
/// <c>ENTITYGRAPH_MODELS</c>.
/// </summary>
public static class MicroBenchmarks
{
    public static int Run(string[] args)
    {
        var config = ManualConfig.Create(DefaultConfig.Instance)
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
            .WithOptions(ConfigOptions.DisableOptimizationsValidator);
        var summaries = BenchmarkSwitcher.FromTypes([typeof(NerPipelineBenchmarks), typeof(LinkingKeyBenchmarks), typeof(StoreUpsertBenchmarks)])
            .Run(args.Length == 0 ? ["--filter", "*"] : args, config);
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
