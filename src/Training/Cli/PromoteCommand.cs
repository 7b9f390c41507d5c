using System.Globalization;
using EntityGraph.CommandLine;
using EntityGraph.Ner.Models;
using EntityGraph.Ner.Versions;
using EntityGraph.Training.Export;
using EntityGraph.Training.Training;

namespace EntityGraph.Training.Cli;

/// <summary>
/// entitygraph-train promote: scores an exported model and the model that serves its route now on the route's original dev
/// files, refuses it when it loses more than --max-loss F1 on any of them, and otherwise copies it into the data
/// directory's versions folder as the route's next version (active once activated, or at once with --activate).
/// --report-dev files (other dev sets of the language, a held-out part of the feedback) are scored and shown, not gated.
/// </summary>
public static class PromoteCommand
{
    /// <summary>Exit code of a refused promotion.</summary>
    public const int Refused = 3;

    public static CommandSpec Spec { get; } = new(
        "promote",
        "Score the model and the one serving the route now (LANG:TIER[:DOMAIN]) on the route's original dev files; refuse it (exit code 3) when it loses more than --max-loss F1 on any, else copy it into DIR/models as the route's next version (v1, v2...).",
        [
            TrainingOptionSpecs.Model,
            new OptionSpec("data-dir", "DIR", "The data directory whose models/ holds the promoted versions.") { Required = true },
            TrainingOptionSpecs.Language with { Description = "The route's language." },
            TrainingOptionSpecs.Tier("The route's tier (default best)."),
            new OptionSpec("domain", "NAME", "The route's domain; left out, the language's general route."),
            TrainingOptionSpecs.Dev with { Description = "One of the route's original dev files, on which the model may not lose more than --max-loss F1; repeat for several.", Required = true },
            new OptionSpec("report-dev", "PATH", "A dev file that is scored and shown, not gated; repeat for several.", Repeatable: true),
            TrainingOptionSpecs.Number("max-loss", "F1", "The largest F1 loss allowed on any --dev file (default 0.2)."),
            new OptionSpec("activate", null, "Serve the route with the new version at once."),
            new OptionSpec("models", "DIR", "The shipped models folder with manifest.json (default models)."),
            TrainingOptionSpecs.Threads,
        ],
        Notes: ["Switch versions with `entitygraph models activate|rollback` or the activateModel mutation."]);

    public static int Run(CommandArguments args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var model = args.Required("model");
        if (!File.Exists(Path.Combine(model, "config.json")))
        {
            throw new UsageException($"--model: {model} is not a model folder (no config.json)", Spec.Name);
        }

        var dataDir = args.Required("data-dir");
        var language = args.Required("lang");
        var tier = args.Value("tier") ?? "best";
        var domain = args.Value("domain");
        if (domain is not null && !EntityGraph.Storage.DomainRules.IsValid(domain))
        {
            throw new UsageException($"--domain: {EntityGraph.Storage.DomainRules.Describe(domain)}", Spec.Name);
        }

        var gated = args.Values("dev");
        var maxLoss = args.Number("max-loss", 0.2);
        var threads = TrainingOptionSpecs.ThreadCount(args);
        var route = ModelRouteKey.Of(language, tier, domain);
        var registry = ModelRegistry.ForDataDirectory(dataDir);
        var (currentId, currentFolder) = Current(registry, route, args.Value("models") ?? "models");
        Console.WriteLine($"route {route}: now served by {currentId}; candidate {model}");

        var rows = new List<(string File, double Before, double After, bool Gate)>();
        foreach (var (path, gate) in gated.Select(p => (p, true)).Concat(args.Values("report-dev").Select(p => (p, false))))
        {
            var file = CorpusFile.Load([path], language);
            var before = FolderDevScorer.Score(currentFolder, file, threads).Overall.F1;
            var after = FolderDevScorer.Score(model, file, threads).Overall.F1;
            rows.Add((Path.GetFileName(path), before, after, gate));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(gate ? "gate  " : "report")} {Path.GetFileName(path)}: F1 {before:F2} -> {after:F2} ({after - before:+0.00;-0.00})"));
        }

        var losses = rows.Where(r => r.Gate && r.After < r.Before - maxLoss).ToList();
        if (losses.Count > 0)
        {
            Console.Error.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"entitygraph-train promote: refused: the candidate loses more than {maxLoss:0.##} F1 on {string.Join(", ", losses.Select(l => $"{l.File} ({l.Before:F2} -> {l.After:F2})"))}"));
            return Refused;
        }

        var scores = rows.Where(r => r.Gate).ToDictionary(r => r.File, r => Math.Round(r.After, 2), StringComparer.Ordinal);
        var version = registry.Register(model, route, scores, currentId);
        Console.WriteLine($"promoted as {version.Version} ({version.ModelId}) into {Path.Combine(registry.Directory!, version.Path)}");
        if (args.HasFlag("activate"))
        {
            registry.Activate(route, version.Version);
            Console.WriteLine($"{route} now served by {version.Version}");
        }
        else
        {
            Console.WriteLine($"activate with: entitygraph models activate --data-dir {dataDir} --language {route.Language} --tier {route.Tier}{(route.Domain is null ? string.Empty : " --domain " + route.Domain)} --version {version.Version}");
        }

        return 0;
    }

    /// <summary>The model serving a route now: its active version, else (a domain) the general route's, else the manifest's.</summary>
    private static (string Id, string Folder) Current(ModelRegistry registry, ModelRouteKey route, string modelsDirectory)
    {
        var active = registry.ActiveFor(route) ?? (route.Domain is null ? null : registry.ActiveFor(route with { Domain = null }));
        if (active is not null)
        {
            return (active.ModelId, registry.FolderOf(active.ModelId)!);
        }

        var manifest = ModelManifest.Load(Path.Combine(modelsDirectory, "manifest.json"));
        var id = manifest.Routes.TryGetValue(route.Language, out var served)
            ? (route.Tier == "fast" ? served.Fast ?? served.Best : served.Best)
            : manifest.Fallback ?? throw new ArgumentException($"{modelsDirectory}/manifest.json routes no model for '{route.Language}' and has no fallback");
        var entry = manifest.Models.First(m => m.Id == id);
        return (id, Path.Combine(modelsDirectory, entry.Path));
    }
}
