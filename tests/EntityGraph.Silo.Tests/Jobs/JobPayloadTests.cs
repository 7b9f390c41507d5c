using EntityGraph.DocumentCorpus;
using EntityGraph.Grains;
using EntityGraph.Grains.Jobs;
using EntityGraph.Silo.Ingestion;

namespace EntityGraph.Silo.Tests.Jobs;

/// <summary>
/// A job keeps each document it read as its item's payload until the item is done; the payload must give back exactly the
/// document the readers made (text, title, origin with its metadata) for every format, or a resumed job would store
/// something else than an uninterrupted one.
/// </summary>
public sealed class JobPayloadTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("entitygraph-job-payload-").FullName;

    [Fact]
    public async Task Every_document_read_from_a_folder_of_every_format_comes_back_from_its_payload_as_it_was()
    {
        var folder = Path.Combine(root, "docs");
        FolderGenerator.Generate(folder, 120, seed: 7);
        var spec = new IngestJobSpec([folder], new IngestJobOptions(ExtractionAccuracy.Fast, "en", "politics", Redact: false, Parallelism: 2));
        var read = 0;

        await foreach (var item in new DocumentSourceReader(4_000_000).ReadAsync([folder]))
        {
            if (item.Document is not { } document)
            {
                continue;
            }

            var applied = spec.Apply(document, "ci");
            var back = IngestJobSpec.Deserialize(IngestJobSpec.Serialize(applied));
            read++;

            Assert.Equal((applied.Id, applied.Text, applied.Title, applied.Source, applied.Language, applied.Domain, applied.Accuracy, applied.Actor), (back.Id, back.Text, back.Title, back.Source, back.Language, back.Domain, back.Accuracy, back.Actor));
            Assert.Equal(applied.Tags ?? [], back.Tags ?? []);
            Assert.Equal(applied.Mentions ?? [], back.Mentions ?? []);
            Assert.Equal(applied.Origin is null, back.Origin is null);
            if (applied.Origin is { } origin)
            {
                Assert.Equal((origin.Path, origin.Format, origin.Part, origin.ParentId), (back.Origin!.Path, back.Origin.Format, back.Origin.Part, back.Origin.ParentId));
                Assert.Equal(origin.Metadata?.OrderBy(entry => entry.Key, StringComparer.Ordinal).ToList() ?? [], back.Origin.Metadata?.OrderBy(entry => entry.Key, StringComparer.Ordinal).ToList() ?? []);
            }
        }

        Assert.True(read > 100, $"only {read} documents were read");
        Assert.Equal(spec, IngestJobSpec.Parse(spec.ToJson()) with { Paths = spec.Paths });
        Assert.Equal(spec.Paths, IngestJobSpec.Parse(spec.ToJson()).Paths);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
