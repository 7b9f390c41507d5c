using Microsoft.Extensions.Logging;

namespace EntityGraph.Ner.Runtime;

internal static partial class NerLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Model {ModelId} loaded from {Path} on the {Provider} execution provider in {Milliseconds} ms")]
    public static partial void ModelLoaded(ILogger logger, string modelId, string path, string provider, long milliseconds);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "CUDA execution provider unavailable for {ModelId} ({Reason}); falling back to CPU")]
    public static partial void CudaUnavailable(ILogger logger, string modelId, string reason);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "Model manifest {Path}: {Models} models, {Routes} language routes, fallback {Fallback}")]
    public static partial void ManifestLoaded(ILogger logger, string path, int models, int routes, string fallback);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Error, Message = "Inference batch of {Windows} windows failed for {ModelId}")]
    public static partial void BatchFailed(ILogger logger, Exception exception, string modelId, int windows);
}
