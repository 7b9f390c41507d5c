using EntityGraph.Ner.Decoding;

namespace EntityGraph.Ner.Tests.Runtime;

public sealed class IobDecoderTests
{
    private static readonly LabelSet Labels = LabelSet.FromTypes(["ORG", "PER"]);

    [Fact]
    public void An_inside_label_never_follows_outside_or_another_type()
    {
        float[] probabilities =
        [
            0.4f, 0.0f, 0.0f, 0.0f, 0.6f,
            0.1f, 0.0f, 0.0f, 0.0f, 0.9f,
        ];
        var (labels, _) = IobDecoder.Decode(probabilities, 2, Labels);
        Assert.Equal(["O", "B-ORG", "I-ORG", "B-PER", "I-PER"], Labels.Labels);
        Assert.NotEqual("I-PER", Labels.Labels[labels[0]]);
        Assert.Equal(["O", "O"], labels.Select(l => Labels.Labels[l]).ToArray());
    }
}
