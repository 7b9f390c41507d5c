using System.Text.Json;
using EntityGraph.LoadTool;

LoadOptions options;
try
{
    if (args.Contains("--help") || args.Contains("-h"))
    {
        Console.Out.Write(LoadOptions.Usage);
        return 0;
    }

    options = LoadOptions.Parse(args);
}
catch (ArgumentException bad)
{
    Console.Error.WriteLine($"entitygraph-load: error: {bad.Message} (see --help)");
    return 2;
}

using var http = new HttpClient { BaseAddress = options.Url, Timeout = TimeSpan.FromSeconds(120) };
var progress = new Progress<string>(line => Console.Error.WriteLine(line));
var report = await new LoadRunner(options, http).RunAsync(progress);
Directory.CreateDirectory(options.OutputDirectory);
await File.WriteAllTextAsync(Path.Combine(options.OutputDirectory, "load-report.md"), report.ToMarkdown());
await File.WriteAllTextAsync(Path.Combine(options.OutputDirectory, "load-report.json"), JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true }));
Console.Out.Write(report.ToMarkdown());
return 0;
