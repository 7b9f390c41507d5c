using EntityGraph.Grains.Entities;
using EntityGraph.Grains.Extraction;
using EntityGraph.Grains.Options;
using EntityGraph.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EntityGraph.Grains.Documents;

/// <summary>
/// One grain per document id. Validates the input, skips unchanged content (by content hash), extracts,
/// links every distinct (type, key) through its <see cref="IEntityGrain"/>, scores automatic tags and writes
/// the document with one store call. Ingests of one id are serialized because the grain is not reentrant.
/// </summary>
public sealed class DocumentGrain(IGraphStore store, IOptions<IngestOptions> options, ILogger<DocumentGrain> logger) : Grain, IDocumentGrain
{
    private readonly DocumentProcessingState state = new();

    public async Task<IngestResult> IngestAsync(DocumentInput input, CancellationToken cancellationToken = default)
    {
        var grainId = this.GetPrimaryKeyString();
        state.Start();
        try
        {
            var document = DocumentInputValidator.Validate(grainId, input, options.Value);
            var hash = ContentHasher.Compute(document);
            var storedHash = await store.GetContentHashAsync(document.Id, cancellationToken);
            if (storedHash == hash)
            {
                var unchanged = await UnchangedExtractionAsync(document.Id, hash, cancellationToken);
                await ApplyManualTagsAsync(document, cancellationToken);
                state.Succeed(hash, unchanged);
                GrainLog.DocumentUnchanged(logger, document.Id);
                return new IngestResult(document.Id, nameof(DocumentWriteOutcome.Unchanged), unchanged);
            }

            var extraction = await GrainFactory.GetGrain<IExtractionGrain>(0)
                .ExtractAsync(document.Text, document.Language, document.Accuracy, cancellationToken);
            var groups = MentionGrouping.Group(extraction.Entities);
            var ids = await Task.WhenAll(groups.Select(g => GrainFactory
                .GetGrain<IEntityGrain>(EntityKeys.Format(g.Type, g.NormalizedKey))
                .ResolveAsync(new EntityCandidate(g.Type, g.NormalizedKey, g.CanonicalName, g.Language), cancellationToken)));
            var stored = await store.GetEntitiesAsync(ids.Distinct(StringComparer.Ordinal).ToList(), cancellationToken);
            var storedNames = stored.ToDictionary(e => e.Key, e => e.Value.CanonicalName, StringComparer.Ordinal);

            var (write, linked) = DocumentWriteBuilder.Build(document, hash, extraction, groups, ids, storedNames, options.Value);
            var outcome = await store.UpsertDocumentAsync(write, cancellationToken);
            await ApplyManualTagsAsync(document, cancellationToken);
            state.Succeed(hash, linked);
            GrainLog.DocumentIngested(logger, document.Id, outcome, write.Language, write.Mentions.Count, write.Entities.Count);
            return new IngestResult(document.Id, outcome.ToString(), linked);
        }
        catch (EntityGraphException ex)
        {
            state.Fail(ex.Message);
            GrainLog.DocumentRejected(logger, grainId, ex.Code, ex.Message);
            throw;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            state.Fail(ex.Message);
            GrainLog.DocumentFailed(logger, ex, grainId);
            throw;
        }
    }

    private async Task ApplyManualTagsAsync(ValidatedDocument document, CancellationToken cancellationToken)
    {
        foreach (var tag in document.Tags)
        {
            await store.SetTagAsync(document.Id, tag, present: true, cancellationToken);
        }
    }

    private async Task<ExtractionResult> UnchangedExtractionAsync(string id, string hash, CancellationToken cancellationToken)
    {
        if (state.LastHash == hash && state.LastExtraction is { } cached)
        {
            return cached;
        }

        var documents = await store.GetDocumentsAsync([id], cancellationToken);
        var mentions = await store.GetMentionsByDocumentAsync([id], cancellationToken);
        return documents.TryGetValue(id, out var record)
            ? StoredExtraction.FromStore(record, mentions.TryGetValue(id, out var list) ? list : [])
            : new ExtractionResult(LanguageCodes.Undetermined, 0, false, [], []);
    }
}
