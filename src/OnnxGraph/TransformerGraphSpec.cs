namespace EntityGraph.OnnxGraph;

/// <summary>What the transformer graph writer needs besides the weights; <c>PackWordEmbeddings</c> stores the word piece table as 4-bit groups (<see cref="PackedEmbedding"/>).</summary>
public sealed record TransformerGraphSpec(int Hidden, int Layers, int Heads, int Labels, float LayerNormEpsilon = 1e-12f, bool Quantize = true, bool PackWordEmbeddings = false);
