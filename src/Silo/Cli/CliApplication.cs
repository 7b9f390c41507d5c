using EntityGraph.CommandLine;
using EntityGraph.Grains;
using EntityGraph.Storage;
using Microsoft.Extensions.Options;

namespace EntityGraph.Silo.Cli;

/// <summary>
/// "entitygraph COMMAND ...": the command line built from the commands' specs (see <see cref="CommandLineApp"/>), and the
/// failures of a command turned into messages and exit codes.
/// </summary>
public static class CliApplication
{
    public const string ProgramName = "entitygraph";

    public const string Description = "multilingual entity knowledge graph";

    /// <summary>Runs with the process console; Ctrl+C cancels the command.</summary>
    public static async Task<int> RunFromConsoleAsync(string[] args, CancellationToken cancellationToken = default)
    {
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            return await RunAsync(args, CliConsole.FromProcess(), CommandTable.CreateDefault(), cancellation.Token);
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    public static Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, IReadOnlyList<CliCommand> commands, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        return Create(console, commands).RunAsync(args, console.Out, console.Error, cancellationToken);
    }

    /// <summary>The command line of <paramref name="commands"/>, each running with <paramref name="console"/>.</summary>
    public static CommandLineApp Create(CliConsole console, IReadOnlyList<CliCommand> commands)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(commands);
        return new CommandLineApp(
            ProgramName,
            Description,
            [.. commands.Select(command => new CommandDefinition(command.Spec, (arguments, cancellationToken) => ExecuteAsync(command, arguments, console, cancellationToken)))]);
    }

    private static async Task<int> ExecuteAsync(CliCommand command, CommandArguments arguments, CliConsole console, CancellationToken cancellationToken)
    {
        var name = $"{ProgramName} {arguments.CommandPath}";
        try
        {
            return await command.ExecuteAsync(arguments, console, cancellationToken);
        }
        catch (OptionsValidationException ex)
        {
            await console.Error.WriteLineAsync($"{name}: configuration error: {string.Join(" ", ex.Failures)}");
            return ExitCodes.Usage;
        }
        catch (GraphStoreException ex)
        {
            await console.Error.WriteLineAsync($"{name}: error: {ex.Code}: {ex.Message}");
            return ExitCodes.Failure;
        }
        catch (EntityGraphException ex)
        {
            await console.Error.WriteLineAsync($"{name}: error: {ex.Code}: {ex.Message}");
            return ExitCodes.Failure;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync($"{name}: error: {ex.Message}");
            return ExitCodes.Failure;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await console.Error.WriteLineAsync($"{name}: cancelled.");
            return ExitCodes.Failure;
        }
    }
}
