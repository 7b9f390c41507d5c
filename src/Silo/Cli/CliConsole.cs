namespace EntityGraph.Silo.Cli;

/// <summary>The streams a command reads and writes; the process console, or strings in tests.</summary>
public sealed class CliConsole(TextReader input, TextWriter output, TextWriter error, bool errorIsTerminal = false)
{
    /// <summary>Whether standard error is an interactive terminal (live progress displays); false for files, pipes and tests.</summary>
    public bool ErrorIsTerminal { get; } = errorIsTerminal;

    public TextReader In { get; } = input;

    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>The process's standard streams; standard input is read as strict UTF-8.</summary>
    public static CliConsole FromProcess() => new(
        new StreamReader(Console.OpenStandardInput(), new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true)),
        Console.Out,
        Console.Error,
        !Console.IsErrorRedirected);
}
