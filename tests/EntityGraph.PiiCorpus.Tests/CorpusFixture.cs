using EntityGraph.PiiCorpus.Generation;

namespace EntityGraph.PiiCorpus.Tests;

/// <summary>The corpus of 200 documents per language with seed 7, generated once for the tests that inspect it.</summary>
public sealed class CorpusFixture
{
    public const int DocumentsPerLanguage = 200;

    public CorpusFixture() => Documents = [.. new PiiCorpusGenerator(7).Generate(DocumentsPerLanguage)];

    public IReadOnlyList<PiiDocument> Documents { get; }
}
