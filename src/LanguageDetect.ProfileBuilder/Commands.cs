using System.Diagnostics;
using EntityGraph.LanguageDetect.Configuration;
using EntityGraph.LanguageDetect.ProfileBuilder.CommandLine;
using EntityGraph.LanguageDetect.ProfileBuilder.Corpus;
using EntityGraph.LanguageDetect.ProfileBuilder.Evaluation;
using EntityGraph.LanguageDetect.ProfileBuilder.Training;
using EntityGraph.LanguageDetect.Profiles;

namespace EntityGraph.LanguageDetect.ProfileBuilder;

/// <summary>The build and evaluate commands.</summary>
internal static class Commands
{
    public const string Usage = """
        usage:
          entitygraph-langprofiles build --data DIR --out FILE [--top 3000] [--max-order 5] [--alpha 0.5] [--holdout 0.1] [--languages a,b,..]
          entitygraph-langprofiles evaluate --data DIR [--profiles FILE] [--min-chars 40] [--holdout 0.1] [--languages a,b,..] [--show-errors 0]
        DIR holds LANG/*.train.iob2 and LANG/*.dev.iob2; a language without dev files is evaluated on the last
        --holdout share of its train sentences, which build leaves out of training.
        """;

    public static int Run(string[] args, TextWriter output)
    {
        if (args.Length == 0)
        {
            throw new UsageException("No command given.");
        }

        var options = new ArgumentReader(args[1..]);
        return args[0] switch
        {
            "build" => Build(options, output),
            "evaluate" => Evaluate(options, output),
            _ => throw new UsageException($"Unknown command '{args[0]}'."),
        };
    }

    private static int Build(ArgumentReader options, TextWriter output)
    {
        var data = options.Required("data");
        var outPath = options.Required("out");
        var settings = new TrainingSettings(
            options.Int("top", 3000, 10, 1_000_000),
            options.Int("max-order", 5, 1, 8),
            options.Double("alpha", 0.5, 0.001, 100));
        var holdout = options.Double("holdout", 0.1, 0, 0.9);
        var languages = Languages(options);
        options.RejectUnknown();

        var stopwatch = Stopwatch.StartNew();
        var corpora = CorpusLoader.Load(data, holdout, languages);
        var profiles = ProfileTrainer.Train(corpora, settings, output);
        var directory = Path.GetDirectoryName(Path.GetFullPath(outPath))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(outPath)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var stream = File.Create(temporary))
            {
                LanguageProfileSerializer.Write(profiles, stream);
            }

            using (var check = File.OpenRead(temporary))
            {
                LanguageProfileSerializer.Read(check);
            }

            File.Move(temporary, outPath, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }

        output.WriteLine($"wrote {outPath}: {new FileInfo(outPath).Length:N0} bytes, {profiles.Models.Sum(m => m.Grams.Count):N0} n-grams, in {stopwatch.Elapsed.TotalSeconds:F1} s");
        return 0;
    }

    private static int Evaluate(ArgumentReader options, TextWriter output)
    {
        var data = options.Required("data");
        var profilePath = options.Optional("profiles");
        var minChars = options.Int("min-chars", 40, 0, 100_000);
        var holdout = options.Double("holdout", 0.1, 0, 0.9);
        var showErrors = options.Int("show-errors", 0, 0, 100_000);
        var languages = Languages(options);
        options.RejectUnknown();
        if (profilePath is not null && !File.Exists(profilePath))
        {
            throw new UsageException($"Profile file '{profilePath}' does not exist.");
        }

        var stopwatch = Stopwatch.StartNew();
        var detector = new LanguageDetector(new LanguageDetectionOptions { ProfilePath = profilePath });
        output.WriteLine($"profiles: {profilePath ?? "embedded"}, loaded in {stopwatch.ElapsedMilliseconds} ms; languages: {string.Join(" ", detector.SupportedLanguages)}");
        var corpora = CorpusLoader.Load(data, holdout, languages);
        Evaluator.Run(detector, corpora, minChars, showErrors, output);
        return 0;
    }

    private static HashSet<string>? Languages(ArgumentReader options) =>
        options.Optional("languages") is { } list
            ? list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal)
            : null;
}
