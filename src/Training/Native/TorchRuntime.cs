using System.Runtime.InteropServices;

namespace EntityGraph.Training.Native;

/// <summary>
/// Prepares the process for libtorch before its first use: patches libLibTorchSharp.so for this machine's
/// older libstdc++ (GLIBCXX_3.4.32 made weak), caps oneDNN at AVX (its AVX-512 LSTM kernel gave wrong outputs on one
/// machine here and its AVX2 kernels gave NaN losses on another) and sets threads.
/// </summary>
public static partial class TorchRuntime
{
    private static readonly Lock Gate = new();
    private static bool _initialized;

    /// <summary>The oneDNN instruction-set cap applied when ONEDNN_MAX_CPU_ISA is not set already.</summary>
    public const string DefaultIsaCap = "AVX";

    /// <summary>What to try when a loss turns NaN: the kernels oneDNN picks for this CPU are the usual cause.</summary>
    public static string DivergenceHint =>
        $"oneDNN ran with ONEDNN_MAX_CPU_ISA={Environment.GetEnvironmentVariable("ONEDNN_MAX_CPU_ISA") ?? "(unset)"}; on some CPUs its kernels return NaN: rerun with ONEDNN_MAX_CPU_ISA=SSE41 (the run resumes), or lower --lr.";

    public static void Initialize(int threads)
    {
        lock (Gate)
        {
            if (!_initialized)
            {
                Prepare(threads);
                _initialized = true;
            }
        }
    }

    private static void Prepare(int threads)
    {
        if (Environment.GetEnvironmentVariable("ONEDNN_MAX_CPU_ISA") is null)
        {
            _ = SetEnv("ONEDNN_MAX_CPU_ISA", DefaultIsaCap, 1);
            Environment.SetEnvironmentVariable("ONEDNN_MAX_CPU_ISA", DefaultIsaCap);
        }

        foreach (var library in Directory.EnumerateFiles(AppContext.BaseDirectory, "libLibTorchSharp.so", SearchOption.AllDirectories))
        {
            if (ElfVersionPatcher.MarkWeak(library, "GLIBCXX_3.4.32"))
            {
                Console.Error.WriteLine($"patched {library}: GLIBCXX_3.4.32 is now a weak requirement");
            }
        }

        TorchSharp.torch.set_num_threads(threads);
    }

    [LibraryImport("libc", EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int SetEnv(string name, string value, int overwrite);
}
