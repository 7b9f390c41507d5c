using System.Globalization;
using EntityGraph.CommandLine;
using EntityGraph.Ner.Models;
using EntityGraph.Text.Tokenization;
using EntityGraph.Training.BaseModels;
using EntityGraph.Training.Training;

namespace EntityGraph.Training.Cli;

/// <summary>
/// entitygraph-train coverage: how well a model's vocabulary covers text, per file: the share of words that become
/// [UNK] and pieces per word, for the base MiniLM vocabulary and, with --model, a model folder's own vocabulary.
/// </summary>
public static class CoverageCommand
{
    public static CommandSpec Spec { get; } = new(
        "coverage",
        "Share of words that become [UNK], and pieces per word, per file: the MiniLM base vocabulary and a model's own.",
        [
            TrainingOptionSpecs.Data with { Description = "A file to measure; repeat for several." },
            TrainingOptionSpecs.AutoLanguage,
            TrainingOptionSpecs.Model with { Description = "Also measure this model folder's own vocabulary.", Required = false },
            TrainingOptionSpecs.Positive("max-per-file", "Read at most N sentences of every file (default 2000)."),
        ]);

    public static int Run(CommandArguments args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var language = args.Value("lang") ?? CorpusFile.AutoLanguage;
        var files = CorpusFile.Load(args.Values("data"), language, args.Integer("max-per-file", 2000));
        var tokenizers = new List<(string Name, WordPieceTokenizer Tokenizer)>
        {
            ("MiniLM base", WordPieceNormalizations.CreateTokenizer(WordPieceNormalizations.Uncased, new WordPieceVocabulary(MiniLmBase.Load().Vocabulary))),
        };
        if (args.Value("model") is { } folder)
        {
            var config = ModelConfig.Load(folder);
            var vocabulary = WordPieceVocabulary.Load(Path.Combine(folder, config.Vocabulary));
            tokenizers.Add((config.Id, WordPieceNormalizations.CreateTokenizer(config.Tokenizer, vocabulary)));
        }

        Console.WriteLine($"| file | {string.Join(" | ", tokenizers.Select(t => $"{t.Name}: [UNK] words | pieces/word"))} |");
        Console.WriteLine($"|---|{string.Concat(tokenizers.Select(_ => "---:|---:|"))}");
        foreach (var file in files)
        {
            var cells = tokenizers.Select(t => Measure(t.Tokenizer, file)).Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.UnknownShare:P1} | {m.PiecesPerWord:F2}"));
            Console.WriteLine($"| {file.Language}/{Path.GetFileName(file.Path)} | {string.Join(" | ", cells)} |");
        }

        return 0;
    }

    private static (double UnknownShare, double PiecesPerWord) Measure(WordPieceTokenizer tokenizer, CorpusFile file)
    {
        var encoded = new EncodedText();
        long words = 0, unknown = 0, pieces = 0;
        foreach (var example in file.Examples)
        {
            tokenizer.Encode(example.Text, encoded);
            words += encoded.Words.Count;
            pieces += encoded.Pieces.Count;
            unknown += encoded.Pieces.Count(p => p.Id == tokenizer.Vocabulary.UnknownId);
        }

        return words == 0 ? (0, 0) : ((double)unknown / words, (double)pieces / words);
    }
}
