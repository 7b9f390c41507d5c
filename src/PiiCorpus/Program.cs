return await EntityGraph.PiiCorpus.Cli.PiiCorpusCli.RunAsync(args);
