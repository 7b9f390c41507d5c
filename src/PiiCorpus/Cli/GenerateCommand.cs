using System.Globalization;
using EntityGraph.PiiCorpus.Generation;
using EntityGraph.PiiCorpus.Jsonl;
using EntityGraph.PiiCorpus.Names;

namespace EntityGraph.PiiCorpus.Cli;

/// <summary><c>generate</c>: writes the corpus as JSON Lines and prints how many values of each type it holds.</summary>
internal static class GenerateCommand
{
    public const string Usage = """
        entitygraph-pii-corpus generate --out FILE [--documents-per-language N] [--seed S] [--languages en,de,...] [--names-from DIR]

          Writes a labelled multilingual PII test corpus as JSON Lines (one document per line:
          {"id","language","text","entities":[{"start","end","type","value"}],"decoys":[...]}).

          --out FILE                    output file (created or replaced)
          --documents-per-language N    documents per language (default 200)
          --seed S                      random seed; the same seed gives the same corpus (default 7)
          --languages LIST              comma-separated subset of en,de,fr,es,nl,pt,it,pl,sv (default: all)
          --names-from DIR              also draw about half of PERSON values from the PER spans of DIR/LANG/*.dev.iob2
        """;

    private static readonly string[] Known = ["out", "documents-per-language", "seed", "languages", "names-from"];

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        var options = CommandOptions.Parse(args, Known);
        if (options.Help)
        {
            await output.WriteLineAsync(Usage.AsMemory(), cancellationToken).ConfigureAwait(false);
            return 0;
        }

        var path = options.Required("out");
        var perLanguage = options.Integer("documents-per-language", 200, minimum: 1);
        var seed = options.Integer("seed", 7);
        var languages = ParseLanguages(options.Get("languages"));
        NameSource? names = null;
        if (options.Get("names-from") is { } directory)
        {
            names = Directory.Exists(directory)
                ? NameSource.FromNerDirectory(directory)
                : throw new CliUsageException($"--names-from: no such directory '{directory}'");
        }

        var documents = new PiiCorpusGenerator(seed, names).Generate(perLanguage, languages).ToList();
        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (folder is not null)
            {
                Directory.CreateDirectory(folder);
            }

            await PiiCorpusJsonl.WriteFileAsync(path, documents, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"cannot write '{path}': {ex.Message}");
        }

        await output.WriteLineAsync(Summary(path, seed, perLanguage, documents).AsMemory(), cancellationToken).ConfigureAwait(false);
        return 0;
    }

    private static List<string>? ParseLanguages(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var languages = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        var unknown = languages.FirstOrDefault(l => !PiiTypes.IsLanguage(l));
        if (languages.Count == 0 || unknown is not null)
        {
            throw new CliUsageException(
                $"--languages: unknown language '{unknown ?? text}' (expected a comma-separated subset of {string.Join(",", PiiTypes.Languages)})");
        }

        return languages;
    }

    private static string Summary(string path, int seed, int perLanguage, IReadOnlyList<PiiDocument> documents)
    {
        var languages = documents.Select(d => d.Language).Distinct(StringComparer.Ordinal);
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"Wrote {documents.Count} documents ({perLanguage} per language: {string.Join(", ", languages)}; seed {seed}) to {path}"),
            string.Empty,
            "| type | values | decoys |",
            "|---|---:|---:|",
        };
        foreach (var type in PiiTypes.All)
        {
            var values = documents.Sum(d => d.Entities.Count(e => e.Type == type));
            var decoys = documents.Sum(d => d.Decoys.Count(e => e.Type == type));
            if (values + decoys > 0)
            {
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"| {type} | {values} | {decoys} |"));
            }
        }

        lines.Add(string.Create(CultureInfo.InvariantCulture,
            $"| **all** | {documents.Sum(d => d.Entities.Count)} | {documents.Sum(d => d.Decoys.Count)} |"));
        return string.Join('\n', lines);
    }
}
