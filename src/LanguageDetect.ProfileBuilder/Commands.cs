using System.Diagnostics;
using EntityGraph.LanguageDetect.Configuration;
using EntityGraph.LanguageDetect.Linear;
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
          entitygraph-langprofiles build --data DIR --out FILE [--top 3000] [--max-order 5] [--alpha 0.5] [--name-weight 1]
                 [--refine hr+sr[,a+b..]|none (default: hr+sr when both are in DIR)] [--refine-top 20000] [--epochs 4] [--learning-rate 0.05] [--regularization 0.001] [--max-sentences 20000]
                 [--hash-bits 20 (0: naive Bayes primary models)] [--hash-epochs 12] [--hash-rate 4] [--holdout 0.1] [--languages a,b,..]
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
            options.Double("alpha", 0.5, 0.001, 100),
            options.Double("name-weight", 1, 0, 1),
            options.Double("prior-weight", 1, 0, 10),
            RefinementSets(options.Optional("refine")),
            options.Int("refine-top", 20_000, 10, 1_000_000),
            options.Int("epochs", 4, 0, 100),
            options.Double("learning-rate", 0.05, 1e-6, 10),
            options.Double("regularization", 0.001, 0, 10),
            options.Int("max-sentences", 20_000, 100, 10_000_000),
            options.Int("hash-bits", DefaultHashBits, 0, HashedLinearModel.MaxBits),
            options.Int("hash-epochs", 12, 1, 100),
            options.Double("hash-rate", 4, 1e-6, 100));
        if (settings.HashBits is > 0 and < HashedLinearModel.MinBits)
        {
            throw new UsageException($"--hash-bits: use 0 (naive Bayes) or {HashedLinearModel.MinBits}..{HashedLinearModel.MaxBits}.");
        }

        var holdout = options.Double("holdout", 0.1, 0, 0.9);
        var languages = Languages(options);
        options.RejectUnknown();

        var stopwatch = Stopwatch.StartNew();
        var corpora = CorpusLoader.Load(data, holdout, languages);
        if (settings.RefinementSets.Count == 0 && options.Optional("refine") is null)
        {
            var present = corpora.Select(c => c.Language).ToHashSet(StringComparer.Ordinal);
            settings = settings with { RefinementSets = DefaultRefinementSets.Where(set => set.All(present.Contains)).ToList() };
        }

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

        output.WriteLine($"wrote {outPath}: {new FileInfo(outPath).Length:N0} bytes, {profiles.Models.Sum(m => m.RowCount):N0} rows, in {stopwatch.Elapsed.TotalSeconds:F1} s");
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

        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var stopwatch = Stopwatch.StartNew();
        var detector = new LanguageDetector(new LanguageDetectionOptions { ProfilePath = profilePath });
        var loadTime = stopwatch.ElapsedMilliseconds;
        var heapGrowth = (GC.GetTotalMemory(forceFullCollection: true) - heapBefore) / (1024.0 * 1024.0);
        output.WriteLine($"profiles: {profilePath ?? "embedded"}, loaded in {loadTime} ms, managed heap +{heapGrowth:F1} MB; languages: {string.Join(" ", detector.SupportedLanguages)}");
        var corpora = CorpusLoader.Load(data, holdout, languages);
        Evaluator.Run(detector, corpora, minChars, showErrors, output);
        return 0;
    }

    private const int DefaultHashBits = 20;

    /// <summary>Close languages refined when --refine is not given and the data has all of them.</summary>
    private static readonly IReadOnlyList<string>[] DefaultRefinementSets = [["hr", "sr"]];

    private static List<IReadOnlyList<string>> RefinementSets(string? text) =>
        (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(set => set != "none")
            .Select(set => set.Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(set => set.Length >= 2 ? (IReadOnlyList<string>)set : throw new UsageException($"--refine: '{string.Join("+", set)}' needs two or more languages joined by '+'."))
            .ToList();

    private static HashSet<string>? Languages(ArgumentReader options) =>
        options.Optional("languages") is { } list
            ? list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal)
            : null;
}
