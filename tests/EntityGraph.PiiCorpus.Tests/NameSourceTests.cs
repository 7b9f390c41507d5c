using EntityGraph.PiiCorpus.Generation;
using EntityGraph.PiiCorpus.Names;

namespace EntityGraph.PiiCorpus.Tests;

/// <summary>Person names read from NER dev sets.</summary>
public sealed class NameSourceTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "pii-names-" + Guid.NewGuid().ToString("N"));

    public NameSourceTests()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "de"));
        Directory.CreateDirectory(Path.Combine(_directory, "en"));
        File.WriteAllText(Path.Combine(_directory, "de", "wikiner.dev.iob2"), string.Join('\n',
            "Angela\tB-PER", "Merkel\tI-PER", "besuchte\tO", "Paris\tB-LOC", ".\tO", string.Empty,
            "Hans\tB-PER", "sagte\tO", "Karl-Heinz\tB-PER", "O'Neil\tI-PER", "Jr.\tI-PER", string.Empty,
            "Anna\tB-PER", "Maria\tI-PER", "von\tI-PER", "der\tI-PER", "Leyen\tI-PER", "Bob\tB-PER", "Smith3\tI-PER", string.Empty,
            "Jürgen\tB-PER", "Klopp\tI-PER", "Angela\tB-PER", "Merkel\tI-PER"));
        File.WriteAllText(Path.Combine(_directory, "de", "wikiner.train.iob2"), "Otto\tB-PER\nWaalkes\tI-PER\n");
        File.WriteAllText(Path.Combine(_directory, "en", "conll.dev.iob2"), "Jane\tB-PER\nAusten\tI-PER\n");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void CollectsMultiTokenPersonSpansOfDevFiles()
    {
        var source = NameSource.FromNerDirectory(_directory);
        Assert.Equal(["de", "en"], source.Languages);
        Assert.Equal(["Angela Merkel", "Karl-Heinz O'Neil Jr.", "Jürgen Klopp"], source.NamesFor("de"));
        Assert.Equal(["Jane Austen"], source.NamesFor("en"));
        Assert.Empty(source.NamesFor("fr"));
    }

    [Fact]
    public void MissingDirectoryThrows() =>
        Assert.Throws<DirectoryNotFoundException>(() => NameSource.FromNerDirectory(Path.Combine(_directory, "missing")));

    [Fact]
    public void AboutHalfOfPersonValuesComeFromTheSource()
    {
        var names = NameSource.FromNames(new Dictionary<string, IReadOnlyList<string>> { ["de"] = ["Quirin Zweistein", "Ottilie Sonderbar", "Hieronymus Wunderlich"] });
        var documents = new PiiCorpusGenerator(11, names).Generate(200, ["de"]).ToList();
        var persons = documents.SelectMany(d => d.Entities).Where(e => e.Type == PiiTypes.Person).Select(e => e.Value).ToList();
        var fromSource = persons.Count(p => names.NamesFor("de").Contains(p));
        var share = (double)fromSource / persons.Count;
        Assert.InRange(share, 0.3, 0.7);
    }
}
