namespace EntityGraph.OnnxGraph;

/// <summary>
/// Symmetric 4-bit quantization of a row-major matrix in groups of consecutive columns, each group with a float16
/// scale. Values are stored as <c>q + 8</c> (q in -7..7), two per byte: the even column in the low nibble.
/// </summary>
public static class Int4Quantizer
{
    public const int MaxGroupSize = 32;

    /// <summary>The largest divisor of <paramref name="columns"/> that is at most <see cref="MaxGroupSize"/>.</summary>
    public static int GroupSize(int columns)
    {
        for (var size = Math.Min(MaxGroupSize, columns); size > 1; size--)
        {
            if (columns % size == 0)
            {
                return size;
            }
        }

        return 1;
    }

    public static (byte[] Packed, Half[] Scales) PerGroup(float[] data, int rows, int columns, int groupSize)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (columns % 2 != 0 || columns % groupSize != 0 || data.Length != rows * columns)
        {
            throw new ArgumentException($"a {rows}x{columns} matrix of {data.Length} values cannot be packed in groups of {groupSize} (columns must be even and a multiple of the group size)");
        }

        var packed = new byte[data.Length / 2];
        var scales = new Half[data.Length / groupSize];
        for (var g = 0; g < scales.Length; g++)
        {
            var group = data.AsSpan(g * groupSize, groupSize);
            var max = 0f;
            foreach (var v in group)
            {
                max = Math.Max(max, Math.Abs(v));
            }

            var scale = max == 0 ? Half.One : (Half)(max / 7f);
            scales[g] = scale;
            for (var i = 0; i < groupSize; i++)
            {
                var index = (g * groupSize) + i;
                var nibble = (byte)(Math.Clamp(MathF.Round(group[i] / (float)scale), -7, 7) + 8);
                packed[index / 2] |= (byte)(index % 2 == 0 ? nibble : nibble << 4);
            }
        }

        return (packed, scales);
    }

    /// <summary>The float matrix that <see cref="PerGroup"/>'s output stands for.</summary>
    public static float[] Unpack(ReadOnlySpan<byte> packed, ReadOnlySpan<Half> scales)
    {
        var data = new float[packed.Length * 2];
        var groupSize = data.Length / scales.Length;
        for (var i = 0; i < data.Length; i++)
        {
            var nibble = i % 2 == 0 ? packed[i / 2] & 0x0F : packed[i / 2] >> 4;
            data[i] = (nibble - 8) * (float)scales[i / groupSize];
        }

        return data;
    }
}
