using System.Globalization;
using EntityGraph.DocumentCorpus.Manifest;

namespace EntityGraph.DocumentCorpus;

/// <summary>
/// Entry point of <c>entitygraph-document-corpus</c>: <c>generate</c> writes a folder of documents of every format ingest
/// reads (broken ones among them) and a manifest of what ingesting it must give. Exit code 0 on success, 2 on a usage error.
/// </summary>
public static class DocumentCorpusCli
{
    /// <summary>The usage text.</summary>
    public const string Usage = """
        entitygraph-document-corpus: a folder of documents of every format ingest reads, and what ingesting it must give

          entitygraph-document-corpus generate OUT_FOLDER [--files 1000] [--seed 1] [--manifest FILE]

        OUT_FOLDER must be empty or missing. FILE (default OUT_FOLDER.manifest.json, outside the folder) lists every document
        with its expected text, every failure with its code and every file ingest must skip.
        """;

    /// <summary>Runs the CLI with the given output and error writers.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args is ["--help" or "-h" or "help", ..])
        {
            await output.WriteLineAsync(Usage.AsMemory(), cancellationToken).ConfigureAwait(false);
            return 0;
        }

        if (args.Count < 2 || args[0] != "generate" || args[1].StartsWith("--", StringComparison.Ordinal))
        {
            await error.WriteLineAsync($"error: expected 'generate OUT_FOLDER'\n\n{Usage}".AsMemory(), cancellationToken).ConfigureAwait(false);
            return 2;
        }

        var folder = Path.GetFullPath(args[1]);
        int files = 1000, seed = 1;
        var manifestPath = folder.TrimEnd(Path.DirectorySeparatorChar) + ".manifest.json";
        for (var i = 2; i < args.Count; i += 2)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--files" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= FolderGenerator.Shares.Count:
                    files = n;
                    break;
                case "--seed" when int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var s):
                    seed = s;
                    break;
                case "--manifest" when !string.IsNullOrWhiteSpace(value):
                    manifestPath = Path.GetFullPath(value);
                    break;
                default:
                    await error.WriteLineAsync($"error: bad option '{args[i]}' (--files takes a number >= {FolderGenerator.Shares.Count}, --seed a number, --manifest a file)\n\n{Usage}".AsMemory(), cancellationToken).ConfigureAwait(false);
                    return 2;
            }
        }

        FolderManifest manifest;
        try
        {
            manifest = FolderGenerator.Generate(folder, files, seed);
        }
        catch (IOException ex)
        {
            await error.WriteLineAsync($"error: {ex.Message}".AsMemory(), cancellationToken).ConfigureAwait(false);
            return 2;
        }

        await manifest.SaveAsync(manifestPath, cancellationToken).ConfigureAwait(false);
        await output.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"{manifest.Files} files in {folder} ({string.Join(", ", manifest.FilesByKind.Select(kind => $"{kind.Value} {kind.Key}"))}): {manifest.Documents.Count} documents, {manifest.Failures.Count} failures, {manifest.Skipped.Count} skipped; manifest {manifestPath}").AsMemory(), cancellationToken).ConfigureAwait(false);
        return 0;
    }
}
