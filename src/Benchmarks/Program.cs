return await EntityGraph.Benchmarks.BenchmarkCli.RunAsync(args);
