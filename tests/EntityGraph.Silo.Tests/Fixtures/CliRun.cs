using EntityGraph.Silo.Cli;
using EntityGraph.Silo.Hosting;

namespace EntityGraph.Silo.Tests.Fixtures;

/// <summary>The outcome of one in-process run of the entitygraph command line.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    /// <summary>Runs <paramref name="args"/> with the real command table; <paramref name="stdin"/> feeds standard input.</summary>
    public static async Task<CliRun> RunAsync(HostSettings? defaults, string? stdin, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var input = new StringReader(stdin ?? string.Empty);
        var code = await CliApplication.RunAsync(args, new CliConsole(input, output, error), CommandTable.CreateDefault(defaults));
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public static Task<CliRun> RunAsync(params string[] args) => RunAsync(null, null, args);
}
