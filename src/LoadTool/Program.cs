using System.Text.Json;
using EntityGraph.CommandLine;
using EntityGraph.LoadTool;

var app = new CommandLineApp("entitygraph-load", new CommandDefinition(LoadOptions.Spec, async (arguments, cancellationToken) =>
{
    var options = LoadOptions.From(arguments);
    using var http = new HttpClient { BaseAddress = options.Url, Timeout = TimeSpan.FromSeconds(120) };
    var progress = new Progress<string>(line => Console.Error.WriteLine(line));
    var report = await new LoadRunner(options, http).RunAsync(progress, cancellationToken);
    Directory.CreateDirectory(options.OutputDirectory);
    await File.WriteAllTextAsync(Path.Combine(options.OutputDirectory, "load-report.md"), report.ToMarkdown(), cancellationToken);
    await File.WriteAllTextAsync(Path.Combine(options.OutputDirectory, "load-report.json"), JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true }), cancellationToken);
    Console.Out.Write(report.ToMarkdown());
    return 0;
}));
return await app.RunAsync(args, Console.Out, Console.Error);
