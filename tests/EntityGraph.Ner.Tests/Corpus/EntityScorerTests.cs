using EntityGraph.Corpus;

namespace EntityGraph.Ner.Tests.Corpus;

public sealed class EntityScorerTests
{
    [Fact]
    public void Strict_spans_with_conlleval_chunk_rules()
    {
        var scorer = new EntityScorer();
        scorer.Add(["B-PER", "I-PER", "O", "B-LOC"], ["B-PER", "I-PER", "O", "B-ORG"]);
        scorer.Add(["B-ORG", "I-ORG", "I-ORG"], ["B-ORG", "I-ORG", "O"]);
        scorer.Add(["O", "B-LOC"], ["I-LOC", "I-LOC"]);

        var micro = scorer.Micro();
        Assert.Equal(1, micro.Correct);
        Assert.Equal(4, micro.Predicted);
        Assert.Equal(4, micro.Support);
        Assert.Equal(25.0, micro.F1, 6);
        Assert.Equal(100.0, scorer.PerType()["PER"].F1, 6);
        Assert.Equal(0.0, scorer.PerType()["LOC"].F1, 6);
        Assert.Equal(9, scorer.Tokens);
    }

    [Fact]
    public void Spans_map_back_onto_tokens_built_into_sentence_text()
    {
        var sentence = new LabeledSentence(["U.S.", "envoy", "meets", "Kim", "Jong-un"], ["B-LOC", "O", "O", "B-PER", "I-PER"], "mem", 1);
        var example = SentenceText.Build(sentence, "en");
        Assert.Equal("U.S. envoy meets Kim Jong-un", example.Text);
        Assert.Equal([new EntitySpan(0, 4, "LOC"), new EntitySpan(17, 28, "PER")], example.Entities);
        Assert.Equal(sentence.Tags, TagSpans.ToTokenTags(example.Entities, example.TokenOffsets!));

        var chinese = SentenceText.Build(new LabeledSentence(["北", "京", "好"], ["B-LOC", "I-LOC", "O"], "mem", 1), "zh");
        Assert.Equal("北京好", chinese.Text);
        Assert.Equal([new EntitySpan(0, 2, "LOC")], chinese.Entities);
    }
}
