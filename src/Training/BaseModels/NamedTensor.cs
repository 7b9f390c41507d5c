namespace EntityGraph.Training.BaseModels;

/// <summary>A dense float tensor in row-major order.</summary>
public sealed record NamedTensor(long[] Shape, float[] Data)
{
    public NamedTensor Transposed()
    {
        if (Shape.Length != 2)
        {
            throw new InvalidOperationException("Only matrices can be transposed.");
        }

        var rows = (int)Shape[0];
        var columns = (int)Shape[1];
        var result = new float[Data.Length];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                result[(c * rows) + r] = Data[(r * columns) + c];
            }
        }

        return new NamedTensor([columns, rows], result);
    }
}
