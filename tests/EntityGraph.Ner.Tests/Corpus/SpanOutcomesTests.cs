using EntityGraph.Corpus;

namespace EntityGraph.Ner.Tests.Corpus;

public sealed class SpanOutcomesTests
{
    [Fact]
    public void A_prediction_is_right_only_when_its_tokens_and_type_equal_a_gold_chunk()
    {
        var sentence = new LabeledSentence(["Anna", "Berg", "joined", "ACME", "Corp", "."], ["B-PER", "I-PER", "O", "B-ORG", "I-ORG", "O"], "test", 1);
        var example = SentenceText.Build(sentence, "en");

        var outcomes = SpanOutcomes.Label(example,
        [
            new EntitySpan(0, 9, "PER"),
            new EntitySpan(17, 21, "ORG"),
            new EntitySpan(17, 26, "LOC"),
            new EntitySpan(18, 26, "ORG"),
            new EntitySpan(10, 16, "ORG"),
        ]);

        Assert.Equal([true, false, false, true, false], outcomes);
    }
}
