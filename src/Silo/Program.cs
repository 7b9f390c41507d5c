using EntityGraph.Silo.Cli;

return await CliApplication.RunFromConsoleAsync(args);
