using EntityGraph.Benchmarks;

return args is ["micro", .. var rest]
    ? EntityGraph.Benchmarks.Micro.MicroBenchmarks.Run(rest)
    : args is ["redact", var path, ..]
    ? await RedactionBenchmark.RunAsync(
        path,
        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5,
        args.Length > 3 ? args[3] : null)
    : await BenchmarkCli.RunAsync(args);
