using EntityGraph.Ner.Encoding;

namespace EntityGraph.Training.Fast;

/// <summary>One training sequence: a word chunk and the gold label index of each of its words.</summary>
public sealed record FastTrainItem(WordChunk Chunk, long[] Labels);
