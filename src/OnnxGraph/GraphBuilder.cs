using System.Runtime.InteropServices;
using Google.Protobuf;
using Onnx;

namespace EntityGraph.OnnxGraph;

/// <summary>Small helper for writing ONNX graphs: initializers, nodes with attributes, typed inputs and outputs.</summary>
public sealed class GraphBuilder
{
    public const int Opset = 17;
    private readonly GraphProto _graph = new() { Name = "entitygraph" };
    private int _counter;

    public string Name(string prefix) => $"{prefix}_{_counter++}";

    public void Input(string name, TensorProto.Types.DataType type, params object[] dims) => _graph.Input.Add(ValueInfo(name, type, dims));

    public void Output(string name, TensorProto.Types.DataType type, params object[] dims) => _graph.Output.Add(ValueInfo(name, type, dims));

    public string Float(string name, float[] data, params long[] shape) => Raw(name, TensorProto.Types.DataType.Float, MemoryMarshal.AsBytes(data.AsSpan()), shape);

    public string Float16(string name, Half[] data, params long[] shape) => Raw(name, TensorProto.Types.DataType.Float16, MemoryMarshal.AsBytes(data.AsSpan()), shape);

    public string Int8(string name, sbyte[] data, params long[] shape) => Raw(name, TensorProto.Types.DataType.Int8, MemoryMarshal.AsBytes(data.AsSpan()), shape);

    public string UInt8(string name, byte[] data, params long[] shape) => Raw(name, TensorProto.Types.DataType.Uint8, data, shape);

    public string Int64(string name, long[] data, params long[] shape)
    {
        var tensor = new TensorProto { Name = name, DataType = (int)TensorProto.Types.DataType.Int64 };
        tensor.Int64Data.AddRange(data);
        tensor.Dims.AddRange(shape);
        _graph.Initializer.Add(tensor);
        return name;
    }

    public string Scalar(float value) => Float(Name("const"), [value]);

    public string Node(string op, string[] inputs, params (string Name, object Value)[] attributes) => Nodes(op, inputs, 1, attributes)[0];

    public string[] Nodes(string op, string[] inputs, int outputs, params (string Name, object Value)[] attributes)
    {
        var node = new NodeProto { OpType = op, Name = Name(op) };
        node.Input.AddRange(inputs);
        var names = Enumerable.Range(0, outputs).Select(_ => Name(op.ToLowerInvariant())).ToArray();
        node.Output.AddRange(names);
        foreach (var (name, value) in attributes)
        {
            node.Attribute.Add(Attribute(name, value));
        }

        _graph.Node.Add(node);
        return names;
    }

    /// <summary>Renames the output of the last node that produced <paramref name="value"/>.</summary>
    public void Rename(string value, string newName)
    {
        foreach (var node in _graph.Node)
        {
            for (var i = 0; i < node.Output.Count; i++)
            {
                if (node.Output[i] == value)
                {
                    node.Output[i] = newName;
                }
            }
        }
    }

    public ModelProto Build(string producer, IDictionary<string, string>? metadata = null)
    {
        var model = new ModelProto { IrVersion = 8, ProducerName = producer, Graph = _graph };
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = string.Empty, Version = Opset });
        foreach (var (key, value) in metadata ?? new Dictionary<string, string>())
        {
            model.MetadataProps.Add(new StringStringEntryProto { Key = key, Value = value });
        }

        return model;
    }

    public void Save(string path, string producer, IDictionary<string, string>? metadata = null)
    {
        using var stream = File.Create(path);
        Build(producer, metadata).WriteTo(stream);
    }

    private string Raw(string name, TensorProto.Types.DataType type, ReadOnlySpan<byte> data, long[] shape)
    {
        var tensor = new TensorProto { Name = name, DataType = (int)type, RawData = ByteString.CopyFrom(data) };
        tensor.Dims.AddRange(shape);
        _graph.Initializer.Add(tensor);
        return name;
    }

    private static ValueInfoProto ValueInfo(string name, TensorProto.Types.DataType type, object[] dims)
    {
        var shape = new TensorShapeProto();
        foreach (var dim in dims)
        {
            shape.Dim.Add(dim is string symbol ? new TensorShapeProto.Types.Dimension { DimParam = symbol } : new TensorShapeProto.Types.Dimension { DimValue = Convert.ToInt64(dim, System.Globalization.CultureInfo.InvariantCulture) });
        }

        return new ValueInfoProto { Name = name, Type = new TypeProto { TensorType = new TypeProto.Types.Tensor { ElemType = (int)type, Shape = shape } } };
    }

    private static AttributeProto Attribute(string name, object value)
    {
        var attribute = new AttributeProto { Name = name };
        switch (value)
        {
            case int i:
                attribute.Type = AttributeProto.Types.AttributeType.Int;
                attribute.I = i;
                break;
            case long l:
                attribute.Type = AttributeProto.Types.AttributeType.Int;
                attribute.I = l;
                break;
            case float f:
                attribute.Type = AttributeProto.Types.AttributeType.Float;
                attribute.F = f;
                break;
            case long[] ints:
                attribute.Type = AttributeProto.Types.AttributeType.Ints;
                attribute.Ints.AddRange(ints);
                break;
            case string s:
                attribute.Type = AttributeProto.Types.AttributeType.String;
                attribute.S = ByteString.CopyFromUtf8(s);
                break;
            default:
                throw new ArgumentException($"Unsupported attribute type {value.GetType()} for {name}.");
        }

        return attribute;
    }
}
