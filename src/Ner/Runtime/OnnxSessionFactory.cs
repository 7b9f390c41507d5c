using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.ML.OnnxRuntime;

namespace EntityGraph.Ner.Runtime;

/// <summary>Creates ONNX Runtime sessions: the CUDA execution provider when it loads, otherwise CPU, and logs which one runs.</summary>
public sealed class OnnxSessionFactory(IOptions<NerOptions> options, ILogger<OnnxSessionFactory> logger)
{
    private static readonly Lazy<OrtEnv> Environment = new(() =>
    {
        var settings = new EnvironmentCreationOptions { logLevel = OrtLoggingLevel.ORT_LOGGING_LEVEL_FATAL, logId = "entitygraph" };
        OrtEnv environment;
        try
        {
            environment = OrtEnv.CreateInstanceWithOptions(ref settings);
        }
        catch (OnnxRuntimeException)
        {
            // Another component (an exporter, a tool) created the process-wide environment first: share it.
            return OrtEnv.Instance();
        }

        // One CPU arena for every session, growing by what a run asks for rather than doubling: a session's own arena
        // keeps each doubled block for good, so a stream of differently sized batches made the process grow for as long
        // as it ran. Sessions opt in with session.use_env_allocators.
        using var memory = new OrtMemoryInfo(OrtMemoryInfo.allocatorCPU, OrtAllocatorType.ArenaAllocator, 0, OrtMemType.Default);
        using var arena = new OrtArenaCfg(0, SameAsRequested, -1, -1);
        environment.CreateAndRegisterAllocator(memory, arena);
        return environment;
    });

    /// <summary>ONNX Runtime's arena_extend_strategy kSameAsRequested.</summary>
    private const int SameAsRequested = 1;

    public (InferenceSession Session, string Provider) Create(string modelId, string path)
    {
        _ = Environment.Value;
        var settings = options.Value;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        if (settings.ExecutionProvider is "auto" or "cuda")
        {
            var cudaOptions = NewOptions(settings);
            try
            {
                cudaOptions.AppendExecutionProvider_CUDA(0);
                var session = new InferenceSession(path, cudaOptions);
                NerLog.ModelLoaded(logger, modelId, path, "CUDA", clock.ElapsedMilliseconds);
                return (session, "CUDA");
            }
            catch (Exception ex) when (ex is OnnxRuntimeException or DllNotFoundException or EntryPointNotFoundException)
            {
                cudaOptions.Dispose();
                if (settings.ExecutionProvider == "cuda")
                {
                    throw new ModelUnavailableException($"The CUDA execution provider was required but does not load: {FirstLine(ex.Message)}", ex);
                }

                NerLog.CudaUnavailable(logger, modelId, FirstLine(ex.Message));
            }
        }

        var cpu = new InferenceSession(path, NewOptions(settings));
        NerLog.ModelLoaded(logger, modelId, path, "CPU", clock.ElapsedMilliseconds);
        return (cpu, "CPU");
    }

    private static SessionOptions NewOptions(NerOptions settings)
    {
        var options = new SessionOptions
        {
            LogSeverityLevel = OrtLoggingLevel.ORT_LOGGING_LEVEL_FATAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            IntraOpNumThreads = settings.IntraOpThreads > 0 ? settings.IntraOpThreads : System.Environment.ProcessorCount,
            InterOpNumThreads = 1,

            // Inputs vary in batch size and length, and a memory pattern is planned and kept per input shape: off, each
            // run takes its tensors from the shared arena.
            EnableMemoryPattern = false,
        };
        options.AddSessionConfigEntry("session.use_env_allocators", "1");
        options.AddSessionConfigEntry("session.intra_op.allow_spinning", settings.IntraOpSpinning ? "1" : "0");
        return options;
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
