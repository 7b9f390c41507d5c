return await EntityGraph.DocumentCorpus.DocumentCorpusCli.RunAsync(args, Console.Out, Console.Error, CancellationToken.None);
