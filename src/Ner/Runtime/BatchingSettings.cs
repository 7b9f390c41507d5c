using Microsoft.Extensions.Logging;

namespace EntityGraph.Ner.Runtime;

/// <summary>How a loaded model batches concurrent work: most inputs per inference call and the wait for more.</summary>
public sealed record BatchingSettings(int MaxBatch, TimeSpan Delay, ILogger Logger);
