namespace EntityGraph.OnnxGraph;

/// <summary>A named float tensor in row-major order, shaped like the torch parameter it came from.</summary>
public sealed record WeightTensor(long[] Shape, float[] Data);
