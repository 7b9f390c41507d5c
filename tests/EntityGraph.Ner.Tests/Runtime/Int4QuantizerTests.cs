using EntityGraph.OnnxGraph;

namespace EntityGraph.Ner.Tests.Runtime;

public sealed class Int4QuantizerTests
{
    [Theory]
    [InlineData(100, 25)]
    [InlineData(384, 32)]
    [InlineData(30, 30)]
    [InlineData(64, 32)]
    public void The_group_is_the_largest_divisor_of_the_width_up_to_32(int columns, int expected) =>
        Assert.Equal(expected, Int4Quantizer.GroupSize(columns));

    [Fact]
    public void Unpacked_values_are_within_half_a_step_of_the_originals()
    {
        var random = new Random(5);
        var data = Enumerable.Range(0, 6 * 8).Select(_ => (float)((random.NextDouble() * 4) - 2)).ToArray();
        Array.Clear(data, 8, 4);

        var (packed, scales) = Int4Quantizer.PerGroup(data, rows: 6, columns: 8, groupSize: 4);
        var back = Int4Quantizer.Unpack(packed, scales);

        Assert.Equal(24, packed.Length);
        Assert.Equal(12, scales.Length);
        for (var i = 0; i < data.Length; i++)
        {
            Assert.InRange(Math.Abs(data[i] - back[i]), 0, ((float)scales[i / 4] / 2) + 1e-6);
        }

        Assert.All(back.Skip(8).Take(4), v => Assert.Equal(0f, v));
        Assert.Contains(back, v => v != 0);
    }

    [Fact]
    public void An_odd_width_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Int4Quantizer.PerGroup(new float[6], rows: 2, columns: 3, groupSize: 3));
        Assert.Contains("even", error.Message);
    }
}
