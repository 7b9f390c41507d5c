using EntityGraph.Corpus;
using EntityGraph.Ner.Decoding;
using EntityGraph.Ner.Encoding;
using EntityGraph.Ner.Models;
using EntityGraph.Training.Fast;

namespace EntityGraph.Training.Tests;

public sealed class FastDevEvaluatorTests
{
    private static readonly LabelSet Labels = new(["O", "B-MISC", "I-MISC", "B-PER", "I-PER"]);

    [Fact]
    public void A_predicted_type_counts_only_in_files_that_tag_that_type()
    {
        var withMisc = Example("conll.dev.iob2", "B-PER", "B-MISC");
        var withoutMisc = Example("wikiann.dev.iob2", "B-PER", "O");

        var scores = FastDevEvaluator.Evaluate([withMisc, withoutMisc], Predictor(), PersonThenMisc);

        var micro = scores.Micro();
        Assert.Equal(3, micro.Support);
        Assert.Equal(3, micro.Predicted);
        Assert.Equal(3, micro.Correct);
        Assert.Equal(100, micro.F1, 3);
    }

    private static TextExample Example(string source, string first, string second) =>
        new("Anna Euro", [], source, 1, [(0, 4), (5, 9)], [first, second]);

    private static CrfSpanPredictor Predictor()
    {
        var words = new SymbolVocabulary([SymbolVocabulary.Pad, SymbolVocabulary.Unknown, "anna", "euro"]);
        var characters = new SymbolVocabulary([SymbolVocabulary.Pad, SymbolVocabulary.Unknown]);
        var crf = new CrfConfig
        {
            Transitions = Labels.Labels.Select(_ => new float[Labels.Count]).ToArray(),
            Start = new float[Labels.Count],
            End = new float[Labels.Count],
        };
        return new CrfSpanPredictor(new WordFeatureEncoder(words, characters, new WordFeatureConfig()), new CrfDecoder(Labels, crf));
    }

    /// <summary>Emissions that tag the first word of every chunk B-PER and the others B-MISC.</summary>
    private static List<float[]> PersonThenMisc(IReadOnlyList<WordChunk> chunks) =>
        chunks.Select(chunk =>
        {
            var emissions = new float[chunk.Length * Labels.Count];
            for (var w = 0; w < chunk.Length; w++)
            {
                emissions[(w * Labels.Count) + (w == 0 ? 3 : 1)] = 10;
            }

            return emissions;
        }).ToList();
}
