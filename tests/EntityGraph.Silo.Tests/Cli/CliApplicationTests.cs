using EntityGraph.Silo.Cli;
using EntityGraph.Silo.Tests.Fixtures;

namespace EntityGraph.Silo.Tests.Cli;

public sealed class CliApplicationTests
{
    [Fact]
    public async Task Overall_help_lists_every_command()
    {
        var run = await CliRun.RunAsync("--help");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        foreach (var command in new[] { "serve", "ingest", "extract", "export" })
        {
            Assert.Contains($"  {command} ", run.Out);
        }

        Assert.Empty(run.Error);
    }

    [Fact]
    public async Task No_command_prints_the_help_to_stderr_with_exit_code_2()
    {
        var run = await CliRun.RunAsync();

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("Usage: entitygraph COMMAND", run.Error);
        Assert.Empty(run.Out);
    }

    [Fact]
    public async Task An_unknown_command_is_a_usage_error()
    {
        var run = await CliRun.RunAsync("frobnicate", "x");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("unknown command 'frobnicate'", run.Error);
    }

    [Theory]
    [InlineData("serve", "--urls URLS")]
    [InlineData("ingest", "PATH...")]
    [InlineData("extract", "--accuracy best|fast")]
    [InlineData("export", "--format mentions-jsonl")]
    public async Task Each_command_has_help(string command, string expected)
    {
        var run = await CliRun.RunAsync(command, "--help");
        var viaHelp = await CliRun.RunAsync("help", command);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains($"Usage: entitygraph {command}", run.Out);
        Assert.Contains(expected, run.Out);
        Assert.Contains("--help", run.Out);
        Assert.Equal(run.Out, viaHelp.Out);
    }

    [Theory]
    [InlineData("missing PATH", "ingest")]
    [InlineData("--parallel must be a positive integer, not 'lots'", "ingest", "--parallel", "lots", "x.txt")]
    [InlineData("--accuracy must be 'best' or 'fast', not 'medium'", "extract", "--accuracy", "medium", "--text", "x")]
    [InlineData("unknown format 'csv' (supported: mentions-jsonl, neo4j, graphml)", "export", "--format", "csv", "out.jsonl")]
    [InlineData("missing OUT", "export")]
    [InlineData("unexpected argument 'b'", "export", "a", "b")]
    [InlineData("unknown option '--port'", "serve", "--port", "80")]
    [InlineData("option --data-dir needs a value (DIR)", "ingest", "x.txt", "--data-dir")]
    public async Task Bad_usage_names_the_problem_and_exits_with_2(string message, params string[] args)
    {
        var run = await CliRun.RunAsync(args);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains($"entitygraph {args[0]}: error: {message}", run.Error);
        Assert.Contains($"Run 'entitygraph {args[0]} --help'", run.Error);
        Assert.Empty(run.Out);
    }

    [Fact]
    public async Task Bad_configuration_is_reported_before_anything_starts()
    {
        var run = await CliRun.RunAsync("serve", "--urls", "ftp://127.0.0.1:21", "--no-samples");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("entitygraph serve: configuration error: EntityGraph:Server:Urls has addresses that are not http(s) URLs: ftp://127.0.0.1:21.", run.Error);
    }
}
