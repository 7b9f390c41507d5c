using EntityGraph.Storage;
using EntityGraph.Grains;
using Microsoft.Extensions.Options;

namespace EntityGraph.Silo.Cli;

/// <summary>Dispatches "entitygraph COMMAND ..." to its command and turns failures into messages and exit codes.</summary>
public static class CliApplication
{
    /// <summary>Runs with the process console; Ctrl+C cancels the command.</summary>
    public static async Task<int> RunFromConsoleAsync(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
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

    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, IReadOnlyList<CliCommand> commands, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(commands);
        if (args.Count == 0)
        {
            HelpWriter.WriteOverall(console.Error, commands);
            return ExitCodes.Usage;
        }

        if (args[0] is "--help" or "-h" or "help" && args.Count == 1)
        {
            HelpWriter.WriteOverall(console.Out, commands);
            return ExitCodes.Success;
        }

        if (args[0] == "help" && args.Count == 2 && Find(commands, args[1]) is { } described)
        {
            HelpWriter.WriteCommand(console.Out, described.Spec);
            return ExitCodes.Success;
        }

        var command = Find(commands, args[0]);
        if (command is null)
        {
            await console.Error.WriteLineAsync($"{HelpWriter.ProgramName}: error: unknown command '{args[0]}'. Commands: {string.Join(", ", commands.Select(c => c.Spec.Name))}.");
            await console.Error.WriteLineAsync($"Run '{HelpWriter.ProgramName} --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            var arguments = ArgumentParser.Parse(command.Spec, args.Skip(1).ToList());
            if (arguments.HelpRequested)
            {
                HelpWriter.WriteCommand(console.Out, command.Spec);
                return ExitCodes.Success;
            }

            return await command.ExecuteAsync(arguments, console, cancellationToken);
        }
        catch (UsageException ex)
        {
            await console.Error.WriteLineAsync($"{HelpWriter.ProgramName} {command.Spec.Name}: error: {ex.Message}");
            await console.Error.WriteLineAsync($"Usage: {command.Spec.Usage}");
            await console.Error.WriteLineAsync($"Run '{HelpWriter.ProgramName} {command.Spec.Name} --help' for details.");
            return ExitCodes.Usage;
        }
        catch (OptionsValidationException ex)
        {
            await console.Error.WriteLineAsync($"{HelpWriter.ProgramName} {command.Spec.Name}: configuration error: {string.Join(" ", ex.Failures)}");
            return ExitCodes.Usage;
        }
        catch (GraphStoreException ex)
        {
            await console.Error.WriteLineAsync($"{HelpWriter.ProgramName} {command.Spec.Name}: error: {ex.Code}: {ex.Message}");
            return ExitCodes.Failure;
        }
        catch (EntityGraphException ex)
        {
            await console.Error.WriteLineAsync($"{HelpWriter.ProgramName} {command.Spec.Name}: error: {ex.Code}: {ex.Message}");
            return ExitCodes.Failure;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync($"{HelpWriter.ProgramName} {command.Spec.Name}: error: {ex.Message}");
            return ExitCodes.Failure;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await console.Error.WriteLineAsync($"{HelpWriter.ProgramName} {command.Spec.Name}: cancelled.");
            return ExitCodes.Failure;
        }
    }

    private static CliCommand? Find(IReadOnlyList<CliCommand> commands, string name) =>
        commands.FirstOrDefault(c => string.Equals(c.Spec.Name, name, StringComparison.Ordinal));
}
