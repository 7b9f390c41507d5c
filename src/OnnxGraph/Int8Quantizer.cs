namespace EntityGraph.OnnxGraph;

/// <summary>Symmetric int8 quantization with one scale per row of a row-major matrix.</summary>
public static class Int8Quantizer
{
    public static (sbyte[] Values, float[] Scales) PerRow(float[] data, int rows, int columns)
    {
        var values = new sbyte[data.Length];
        var scales = new float[rows];
        for (var r = 0; r < rows; r++)
        {
            var row = data.AsSpan(r * columns, columns);
            var max = 0f;
            foreach (var v in row)
            {
                max = Math.Max(max, Math.Abs(v));
            }

            var scale = max == 0 ? 1f : max / 127f;
            scales[r] = scale;
            for (var c = 0; c < columns; c++)
            {
                values[(r * columns) + c] = (sbyte)Math.Clamp(MathF.Round(row[c] / scale), -127, 127);
            }
        }

        return (values, scales);
    }
}
