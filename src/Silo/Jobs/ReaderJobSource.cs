using System.Runtime.CompilerServices;
using EntityGraph.Grains.Jobs;
using EntityGraph.Grains.Options;
using EntityGraph.Silo.Ingestion;
using Microsoft.Extensions.Options;

namespace EntityGraph.Silo.Jobs;

/// <summary>
/// The paths of an ingest job read as <c>entitygraph ingest</c> reads them: globs expanded by <see cref="PathExpander"/>,
/// every file, folder and JSONL line read by <see cref="DocumentSourceReader"/>; what cannot be read becomes a failed
/// (or, for other file types in folders, skipped) item with its code. A path that does not exist is one FILE_NOT_FOUND item.
/// </summary>
internal sealed class ReaderJobSource(IOptions<IngestOptions> options) : IIngestJobSource
{
    public async IAsyncEnumerable<IngestJobSourceItem> ReadAsync(IReadOnlyList<string> paths, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var reader = new DocumentSourceReader(options.Value.MaxTextBytes);
        await foreach (var item in reader.ReadAsync(PathExpander.Expand(paths), cancellationToken))
        {
            yield return item.Document is { } document
                ? new IngestJobSourceItem(item.Origin, document)
                : new IngestJobSourceItem(item.Origin, null, item.Error?.Code, item.Error?.Message, item.Error?.Skipped ?? false);
        }
    }
}
