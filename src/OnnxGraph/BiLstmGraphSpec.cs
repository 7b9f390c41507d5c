namespace EntityGraph.OnnxGraph;

/// <summary>
/// What the BiLSTM-CRF graph writer needs besides the weights: LSTM layers and hidden size per direction, label count,
/// the character convolution's width, whether matrices are stored as int8 (dequantized once when the session loads),
/// and whether the word embedding table is stored as 4-bit groups (<see cref="PackedEmbedding"/>).
/// </summary>
public sealed record BiLstmGraphSpec(int Layers, int Hidden, int Labels, int CharKernel = 3, bool Quantize = false, bool PackWordEmbeddings = false);
