using EntityGraph.CommandLine;

namespace EntityGraph.Training.Cli;

/// <summary>
/// Command line of entitygraph-train (train, train-fast, label, export, ensemble, pack, calibrate, promote, coverage), built
/// from the commands' specs (see <see cref="CommandLineApp"/>); failures of a command become messages and exit code 2.
/// </summary>
public static class TrainingCli
{
    public const string ProgramName = "entitygraph-train";

    /// <summary>The commands, in the order the help lists them.</summary>
    public static IReadOnlyList<CommandDefinition> Commands { get; } =
    [
        Define(TrainCommand.Spec, (args, cancellationToken) => Task.FromResult(TrainCommand.Run(args, cancellationToken))),
        Define(TrainFastCommand.Spec, (args, cancellationToken) => Task.FromResult(TrainFastCommand.Run(args, cancellationToken))),
        Define(LabelCommand.Spec, LabelCommand.RunAsync),
        Define(ExportCommand.Spec, ExportCommand.RunAsync),
        Define(EnsembleCommand.Spec, (args, _) => Task.FromResult(EnsembleCommand.Run(args))),
        Define(PackCommand.Spec, (args, _) => Task.FromResult(PackCommand.Run(args))),
        Define(CalibrateCommand.Spec, CalibrateCommand.RunAsync),
        Define(PromoteCommand.Spec, (args, _) => Task.FromResult(PromoteCommand.Run(args))),
        Define(CoverageCommand.Spec, (args, _) => Task.FromResult(CoverageCommand.Run(args))),
    ];

    /// <summary>The command line of entitygraph-train.</summary>
    public static CommandLineApp App { get; } = new(
        ProgramName,
        $"Train, evaluate and export EntityGraph NER models. Data: {TrainingOptionSpecs.DataFormats}.",
        Commands);

    /// <summary>Runs <paramref name="args"/> with the process console; returns the exit code.</summary>
    public static Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default) =>
        App.RunAsync(args, Console.Out, Console.Error, cancellationToken);

    /// <summary>A command whose expected failures (bad data, refused exports...) are reported as usage errors, exit code 2.</summary>
    private static CommandDefinition Define(CommandSpec spec, CommandHandler handler) => new(spec, async (arguments, cancellationToken) =>
    {
        try
        {
            return await handler(arguments, cancellationToken);
        }
        catch (Exception ex) when (ex is ArgumentException
            or EntityGraph.Corpus.CorpusFormatException
            or EntityGraph.Training.Fast.FastExportException
            or InvalidDataException
            or EntityGraph.Ner.Versions.ModelVersionException)
        {
            throw new UsageException(ex.Message, arguments.Spec.Name, ex);
        }
    });
}
