using EntityGraph.Recognizers;
using EntityGraph.Redaction.Configuration;

namespace EntityGraph.Redaction.Tests;

public sealed class RedactedItemTests
{
    private const string Text = "Jane Roe (jane@roe.io, card 4111111111111111) lives in Oslo; Jane Roe is 42.";

    private static readonly Detection[] Detections =
    [
        Spans.Of(Text, "Oslo", "LOCATION", 0.8),
        Spans.Of(Text, "4111111111111111", "CREDIT_CARD", 0.97),
        Spans.Of(Text, "jane@roe.io", "EMAIL", 0.99),
        Spans.Of(Text, "Jane Roe", "PERSON", 0.85),
    ];

    private readonly Redactor redactor = Redactors.Create(
        ("EMAIL", new OperatorSpec { Operator = "hash" }),
        ("CREDIT_CARD", new OperatorSpec { Operator = "mask", MaskCount = 12 }),
        ("LOCATION", new OperatorSpec { Operator = "redact" }),
        ("PERSON", new OperatorSpec { Numbered = true }));

    [Fact]
    public void Output_offsets_point_at_each_operator_output_in_text_order()
    {
        var result = redactor.Redact(Text, Detections);

        Assert.Equal(["PERSON", "EMAIL", "CREDIT_CARD", "LOCATION", "PERSON"], result.Items.Select(i => i.Type));
        Assert.Equal(["replace", "hash", "mask", "redact", "replace"], result.Items.Select(i => i.Operator));
        var outputs = Spans.Outputs(result);
        Assert.Equal("<PERSON_1>", outputs[0]);
        Assert.Matches("^[0-9a-f]{64}$", outputs[1]);
        Assert.Equal("************1111", outputs[2]);
        Assert.Equal(string.Empty, outputs[3]);
        Assert.Equal("<PERSON_1>", outputs[4]);
        Assert.Equal($"<PERSON_1> ({outputs[1]}, card ************1111) lives in ; <PERSON_1> is 42.", result.Text);
    }

    [Fact]
    public void The_text_between_outputs_is_the_text_between_spans()
    {
        var result = redactor.Redact(Text, Detections);

        for (var i = 1; i < result.Items.Count; i++)
        {
            var (previous, item) = (result.Items[i - 1], result.Items[i]);
            Assert.Equal(Text[previous.End..item.Start], result.Text[previous.OutputEnd..item.OutputStart]);
        }

        Assert.Equal(Text[result.Items[^1].End..], result.Text[result.Items[^1].OutputEnd..]);
    }

    [Fact]
    public void Originals_are_left_out_unless_asked_for()
    {
        var without = redactor.Redact(Text, Detections);
        var with = redactor.Redact(Text, Detections, includeOriginal: true);

        Assert.All(without.Items, item => Assert.Null(item.Original));
        Assert.Equal(
            ["Jane Roe", "jane@roe.io", "4111111111111111", "Oslo", "Jane Roe"],
            with.Items.Select(i => i.Original));
        Assert.All(with.Items, item => Assert.Equal(Text[item.Start..item.End], item.Original));
    }

    [Fact]
    public void Items_carry_score_and_recognizer_of_their_detection()
    {
        var result = redactor.Redact(Text, Detections);

        Assert.Equal((0.99, "test"), (result.Items[1].Score, result.Items[1].Recognizer));
        Assert.Equal((0.85, "propagation"), (result.Items[4].Score, result.Items[4].Recognizer));
    }
}
