using Onnx;

namespace EntityGraph.OnnxGraph;

/// <summary>
/// An embedding table stored as 4-bit values in groups with float16 scales (<see cref="Int4Quantizer"/>): initializers
/// <c>{name}.int4</c> [rows, columns / 2] uint8 and <c>{name}.scale16</c> [rows, groups, 1]. Rows are gathered first and
/// unpacked after, so the table stays packed in memory as well as on disk.
/// </summary>
public static class PackedEmbedding
{
    public const string ValuesSuffix = ".int4";
    public const string ScalesSuffix = ".scale16";

    /// <summary>Adds the table and the lookup of <paramref name="indices"/> (rank 2, e.g. [batch, length]); returns the float rows [batch, length, columns].</summary>
    public static string Gather(GraphBuilder g, string name, WeightTensor table, string indices)
    {
        ArgumentNullException.ThrowIfNull(g);
        ArgumentNullException.ThrowIfNull(table);
        var rows = (int)table.Shape[0];
        var columns = (int)table.Shape[1];
        var groupSize = Int4Quantizer.GroupSize(columns);
        var groups = columns / groupSize;
        var (packed, scales) = Int4Quantizer.PerGroup(table.Data, rows, columns, groupSize);
        const TensorProto.Types.DataType f32 = TensorProto.Types.DataType.Float;
        var bytes = g.Node("Cast", [g.Node("Gather", [g.UInt8(name + ValuesSuffix, packed, rows, columns / 2), indices], ("axis", 0L))], ("to", (long)f32));
        var high = g.Node("Floor", [g.Node("Mul", [bytes, g.Scalar(1f / 16)])]);
        var low = g.Node("Sub", [bytes, g.Node("Mul", [high, g.Scalar(16f)])]);
        var last = g.Int64(g.Name("axes"), [-1], 1);
        var pairs = g.Node("Concat", [g.Node("Unsqueeze", [low, last]), g.Node("Unsqueeze", [high, last])], ("axis", -1L));
        var grouped = g.Node("Reshape", [pairs, g.Int64(g.Name("group_shape"), [0, 0, groups, groupSize], 4)]);
        var rowScales = g.Node("Cast", [g.Node("Gather", [g.Float16(name + ScalesSuffix, scales, rows, groups, 1), indices], ("axis", 0L))], ("to", (long)f32));
        var values = g.Node("Mul", [g.Node("Sub", [grouped, g.Scalar(8f)]), rowScales]);
        return g.Node("Reshape", [values, g.Int64(g.Name("row_shape"), [0, 0, columns], 3)]);
    }
}
