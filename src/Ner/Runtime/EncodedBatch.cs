using System.Buffers;
using Microsoft.ML.OnnxRuntime;

namespace EntityGraph.Ner.Runtime;

/// <summary>
/// One padded batch of model inputs as ONNX tensors over pooled buffers, ready to run through the model's session(s) as
/// often as needed. The scorers build one per batch; the raw-throughput benchmark builds them ahead and times only
/// <see cref="RunAll"/>, the model's own limit.
/// </summary>
public sealed class EncodedBatch : IDisposable
{
    private readonly IReadOnlyList<InferenceSession> _sessions;
    private readonly string[] _inputNames;
    private readonly OrtValue[] _inputs;
    private readonly string[] _outputNames;
    private readonly long[][] _rented;
    private bool _disposed;

    internal EncodedBatch(IReadOnlyList<InferenceSession> sessions, string[] inputNames, OrtValue[] inputs, string[] outputNames, long[][] rented, int count, int length, long tokens)
    {
        _sessions = sessions;
        _inputNames = inputNames;
        _inputs = inputs;
        _outputNames = outputNames;
        _rented = rented;
        Count = count;
        Length = length;
        Tokens = tokens;
    }

    /// <summary>Inputs (windows or chunks) in the batch.</summary>
    public int Count { get; }

    /// <summary>The padded length every input of the batch has.</summary>
    public int Length { get; }

    /// <summary>Tokens (pieces or words) of the inputs before padding.</summary>
    public long Tokens { get; }

    /// <summary>Sessions the batch runs through (more than one for an ensemble).</summary>
    public int Members => _sessions.Count;

    /// <summary>Runs the batch through member <paramref name="member"/>'s session; the caller disposes the outputs.</summary>
    public IDisposableReadOnlyCollection<OrtValue> Run(int member = 0)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        using var options = new RunOptions();
        return _sessions[member].Run(options, _inputNames, _inputs, _outputNames);
    }

    /// <summary>Runs the batch through every member and discards the outputs.</summary>
    public void RunAll()
    {
        for (var member = 0; member < Members; member++)
        {
            using var outputs = Run(member);
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        foreach (var input in _inputs)
        {
            input.Dispose();
        }

        foreach (var buffer in _rented)
        {
            ArrayPool<long>.Shared.Return(buffer);
        }
    }
}
