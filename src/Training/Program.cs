return await EntityGraph.Training.Cli.TrainingCli.RunAsync(args);
