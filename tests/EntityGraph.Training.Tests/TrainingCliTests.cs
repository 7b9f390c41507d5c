using EntityGraph.CommandLine;
using EntityGraph.Training.Cli;

namespace EntityGraph.Training.Tests;

/// <summary>The entitygraph-train command line: help of every command, and refusals before anything runs.</summary>
public sealed class TrainingCliTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("entitygraph-train-cli-").FullName;

    public static TheoryData<string> CommandNames() => [.. TrainingCli.Commands.Select(c => c.Spec.Name)];

    [Fact]
    public async Task Overall_help_lists_every_command()
    {
        var (code, output, error) = await RunAsync("--help");

        Assert.Equal(0, code);
        Assert.Empty(error);
        foreach (var command in TrainingCli.Commands)
        {
            Assert.Contains($"  {command.Spec.Name} ", output);
        }
    }

    [Theory]
    [MemberData(nameof(CommandNames))]
    public async Task Every_command_has_help_with_all_its_options_and_notes(string name)
    {
        var spec = TrainingCli.Commands.Single(c => c.Spec.Name == name).Spec;

        var (code, output, error) = await RunAsync(name, "--help");
        var viaHelp = await RunAsync("help", name);

        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains($"entitygraph-train {name} [options]", output);
        Assert.Contains(spec.Summary, output);
        foreach (var option in spec.Options)
        {
            Assert.Contains(option.IsFlag ? $"--{option.Name} " : $"--{option.Name} <{option.ValueName}>", output);
            Assert.Contains(option.Description, output);
        }

        foreach (var note in spec.Notes ?? [])
        {
            Assert.Contains(note, output);
        }

        Assert.Equal(output, viaHelp.Output);
    }

    [Theory]
    [InlineData("--epochs must be a positive integer, not '0'", "--epochs", "0")]
    [InlineData("--lr must be a number, not 'fast'", "--lr", "fast")]
    [InlineData("--extend-vocab must be 0 or more, not '-1'", "--extend-vocab", "-1")]
    [InlineData("Argument 'bpe' not recognized. Must be one of:", "--tokenizer", "bpe")]
    [InlineData("Option '--epochs' expects a single argument but 2 were provided.", "--epochs", "2", "--epochs", "3")]
    public async Task A_bad_value_is_refused_before_anything_runs(string message, params string[] extra)
    {
        var run = Path.Combine(_root, "run");

        var (code, output, error) = await RunAsync(["train", "--data", "a.iob2", "--lang", "en", "--out", run, .. extra]);

        Assert.Equal(CommandLineApp.UsageExitCode, code);
        Assert.Contains($"entitygraph-train train: error: {message}", error);
        Assert.Empty(output);
        Assert.False(Directory.Exists(run));
    }

    [Fact]
    public async Task Missing_required_options_are_named()
    {
        var (code, _, error) = await RunAsync("label", "--model", _root);

        Assert.Equal(CommandLineApp.UsageExitCode, code);
        Assert.Contains("entitygraph-train label: error: Option '--data' is required.", error);
        Assert.Contains("entitygraph-train label: error: Option '--lang' is required.", error);
        Assert.Contains("entitygraph-train label: error: Option '--out' is required.", error);
    }

    [Fact]
    public async Task An_unknown_option_gets_a_suggestion()
    {
        var (code, _, error) = await RunAsync("train-fast", "--data", "a.iob2", "--lang", "en", "--out", _root, "--epoch", "3");

        Assert.Equal(CommandLineApp.UsageExitCode, code);
        Assert.Contains("Unrecognized command or argument '--epoch'", error);
        Assert.Contains("Did you mean one of the following?\n--epochs\n", error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task An_expected_failure_of_a_command_is_a_usage_error_on_stderr()
    {
        var (code, output, error) = await RunAsync("pack", "--model", _root);

        Assert.Equal(CommandLineApp.UsageExitCode, code);
        Assert.Empty(output);
        Assert.Contains($"entitygraph-train pack: error: --model: {_root} is not a model folder (no config.json)", error);
        Assert.Contains("Run 'entitygraph-train pack --help' for details.", error);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await TrainingCli.App.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
