namespace EntityGraph.Training.Modeling;

/// <summary>Shape of a BERT-style encoder with a token classification head and a casing embedding.</summary>
public sealed record TransformerConfig(
    int VocabularySize,
    int Hidden = 384,
    int Layers = 6,
    int Heads = 12,
    int Intermediate = 1536,
    int MaxPositions = 512,
    int CasingClasses = 5,
    double Dropout = 0.1,
    double LayerNormEpsilon = 1e-12);
