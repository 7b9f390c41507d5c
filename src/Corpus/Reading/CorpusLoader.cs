namespace EntityGraph.Corpus;

/// <summary>Loads examples from files or folders: *.iob2/*.conll/*.txt/*.bio/*.bioes as columns, *.jsonl as spans.</summary>
public static class CorpusLoader
{
    public static IReadOnlyList<TextExample> Load(IEnumerable<string> paths, string language)
    {
        var examples = new List<TextExample>();
        foreach (var path in paths)
        {
            IEnumerable<string> files = Directory.Exists(path)
                ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray()
                : File.Exists(path) ? [path] : throw new FileNotFoundException($"No such file or folder: {path}", path);
            foreach (var file in files)
            {
                examples.AddRange(LoadFile(file, language));
            }
        }

        return examples;
    }

    public static IReadOnlyList<TextExample> LoadFile(string file, string language) =>
        Path.GetExtension(file).ToLowerInvariant() == ".jsonl"
            ? JsonlSpanReader.ReadFile(file)
            : ConllReader.ReadFile(file).Select(s => SentenceText.Build(s, language)).ToList();
}
