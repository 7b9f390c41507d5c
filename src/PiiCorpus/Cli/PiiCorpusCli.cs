namespace EntityGraph.PiiCorpus.Cli;

/// <summary>
/// Entry point of <c>entitygraph-pii-corpus</c>: <c>generate</c> writes the corpus, <c>score</c> scores predictions against
/// it. Exit code 0 on success, 2 on a usage or data error (unknown option, missing value, unreadable file, malformed line).
/// </summary>
public static class PiiCorpusCli
{
    /// <summary>The overall usage text.</summary>
    public const string Usage = """
        entitygraph-pii-corpus: a labelled multilingual PII test corpus and its scorer

          entitygraph-pii-corpus generate --out FILE [--documents-per-language N] [--seed S] [--languages en,de,...] [--names-from DIR]
          entitygraph-pii-corpus score --gold FILE --predicted FILE [--json FILE]

        Run a command with --help for its options.
        """;

    /// <summary>Runs the CLI on the console.</summary>
    public static Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default) =>
        RunAsync(args, Console.Out, Console.Error, cancellationToken);

    /// <summary>Runs the CLI with the given output and error writers (for in-process use and tests).</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        var command = args.Count > 0 ? args[0] : null;
        var rest = args.Skip(1).ToList();
        try
        {
            switch (command)
            {
                case "generate":
                    return await GenerateCommand.RunAsync(rest, output, cancellationToken).ConfigureAwait(false);
                case "score":
                    return await ScoreCommand.RunAsync(rest, output, cancellationToken).ConfigureAwait(false);
                case "--help" or "-h" or "help":
                    await output.WriteLineAsync(Usage.AsMemory(), cancellationToken).ConfigureAwait(false);
                    return 0;
                case null:
                    await error.WriteLineAsync($"error: no command given\n{Usage}".AsMemory(), cancellationToken).ConfigureAwait(false);
                    return 2;
                default:
                    await error.WriteLineAsync($"error: unknown command '{command}'\n{Usage}".AsMemory(), cancellationToken).ConfigureAwait(false);
                    return 2;
            }
        }
        catch (CliUsageException ex)
        {
            var usage = command == "generate" ? GenerateCommand.Usage : ScoreCommand.Usage;
            await error.WriteLineAsync($"error: {ex.Message}\n\n{usage}".AsMemory(), cancellationToken).ConfigureAwait(false);
            return 2;
        }
        catch (PiiCorpusDataException ex)
        {
            await error.WriteLineAsync($"error: {ex.Message}".AsMemory(), cancellationToken).ConfigureAwait(false);
            return 2;
        }
    }
}
