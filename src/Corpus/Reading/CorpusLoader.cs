namespace EntityGraph.Corpus;

/// <summary>Loads examples from files or folders: *.iob2/*.conll/*.txt/*.bio/*.bioes as columns, *.jsonl as spans.</summary>
public static class CorpusLoader
{
    public static IReadOnlyList<TextExample> Load(IEnumerable<string> paths, string language)
    {
        var examples = new List<TextExample>();
        foreach (var file in Files(paths))
        {
            examples.AddRange(LoadFile(file, language));
        }

        return examples;
    }

    /// <summary>The files the paths name: a file itself, every file under a folder (in ordinal order).</summary>
    /// <exception cref="FileNotFoundException">A path is neither a file nor a folder.</exception>
    public static IEnumerable<string> Files(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            IEnumerable<string> files = Directory.Exists(path)
                ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray()
                : File.Exists(path) ? [path] : throw new FileNotFoundException($"No such file or folder: {path}", path);
            foreach (var file in files)
            {
                yield return file;
            }
        }
    }

    public static IReadOnlyList<TextExample> LoadFile(string file, string language) =>
        Path.GetExtension(file).ToLowerInvariant() == ".jsonl"
            ? JsonlSpanReader.ReadFile(file)
            : ConllReader.ReadFile(file).Select(s => SentenceText.Build(s, language)).ToList();
}
