namespace EntityGraph.OnnxGraph;

/// <summary>Row-major matrix helpers shared by the graph writers and readers.</summary>
internal static class Matrices
{
    public static T[] Transpose<T>(T[] data, int rows, int columns)
    {
        var result = new T[data.Length];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                result[(c * rows) + r] = data[(r * columns) + c];
            }
        }

        return result;
    }
}
