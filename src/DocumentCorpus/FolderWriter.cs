using EntityGraph.DocumentCorpus.Manifest;

namespace EntityGraph.DocumentCorpus;

/// <summary>
/// Writes the files of one generated folder and records what ingesting each must give: the documents with their text,
/// the failures with their codes and the files to skip. File names are unique in the whole folder (ingest names a
/// document after its file).
/// </summary>
public sealed class FolderWriter(string root, TextMaker text)
{
    private readonly List<ExpectedDocument> documents = [];
    private readonly List<ExpectedFailure> failures = [];
    private readonly List<string> skipped = [];
    private readonly SortedDictionary<string, int> filesByKind = new(StringComparer.Ordinal);

    /// <summary>The folder the files go to.</summary>
    public string Root { get; } = root;

    /// <summary>The seeded source of every generated text and choice.</summary>
    public TextMaker Text { get; } = text;

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="file"/> (relative, '/' separated) and counts it as a file of <paramref name="kind"/>.</summary>
    public void Write(string file, string kind, byte[] bytes)
    {
        var path = Path.Combine(Root, file.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        filesByKind[kind] = filesByKind.GetValueOrDefault(kind) + 1;
    }

    /// <summary>Records a document ingest must store.</summary>
    public void Expect(ExpectedDocument document) => documents.Add(document);

    /// <summary>Records a failure ingest must report.</summary>
    public void ExpectFailure(string origin, string code, string why) => failures.Add(new ExpectedFailure(origin, code, why));

    /// <summary>Records a file ingest must skip.</summary>
    public void ExpectSkipped(string file) => skipped.Add(file);

    /// <summary>The manifest of everything written so far.</summary>
    public FolderManifest Manifest(int seed) => new(seed, new SortedDictionary<string, int>(filesByKind, StringComparer.Ordinal), documents.ToList(), failures.ToList(), skipped.ToList());
}
