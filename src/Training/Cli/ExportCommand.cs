namespace EntityGraph.Training.Cli;

/// <summary>Exports a trained run to an ONNX model folder.</summary>
public static class ExportCommand
{
    public static Task<int> RunAsync(ArgumentList args, CancellationToken cancellationToken = default)
    {
        Console.Error.WriteLine("export: not built yet");
        return Task.FromResult(1);
    }
}
