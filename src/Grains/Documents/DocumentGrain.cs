using System.Diagnostics;
using EntityGraph.Grains.Extraction;
using EntityGraph.Grains.Linking;
using EntityGraph.Grains.Options;
using EntityGraph.Linking.CrossDocument;
using EntityGraph.Linking.InDocument;
using EntityGraph.Linking.Options;
using EntityGraph.Ner.Calibration;
using EntityGraph.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EntityGraph.Grains.Documents;

/// <summary>
/// One grain per document id. Validates the input, skips unchanged content (by content hash), extracts (or takes the
/// annotated mentions), gives the kept mentions of one surface form one type where most agree
/// (<see cref="MentionCleanup.UnifyTypes"/>), links the mentions within the document and across documents (<see cref="DocumentLinkingFlow"/>,
/// through the <see cref="IEntityGrain"/> of each key), scores saliences and automatic tags and writes the document, its
/// link decisions and manual tags included, with one store call. Manual tag changes go through the grain as well, so
/// every change of a document has this one write path; calls for one id are serialized because the grain is not reentrant.
/// An idle activation is collected after 2 minutes: a long ingest touches each document once, and must not hold them all.
/// </summary>
[CollectionAgeLimit(Minutes = 2)]
public sealed class DocumentGrain(
    IGraphStore store,
    IOptions<IngestOptions> options,
    DocumentLinker linker,
    CrossDocumentLinker decider,
    IOptions<LinkingOptions> linkingOptions,
    IOptions<ReviewOptions> reviewOptions,
    ILogger<DocumentGrain> logger) : Grain, IDocumentGrain
{
    private readonly DocumentProcessingState state = new();

    public async Task<IngestResult> IngestAsync(DocumentInput input, CancellationToken cancellationToken = default)
    {
        var grainId = this.GetPrimaryKeyString();
        var started = Stopwatch.GetTimestamp();
        state.Start();
        try
        {
            if (input.Redact)
            {
                input = await RedactAsync(input, cancellationToken);
            }

            var document = DocumentInputValidator.Validate(grainId, input, options.Value);
            var hash = ContentHasher.Compute(document);
            var storedHash = await store.GetContentHashAsync(document.Id, cancellationToken);
            if (storedHash == hash)
            {
                if (document.Tags.Count > 0)
                {
                    await store.ChangeTagsAsync(new TagChange(document.Id, document.Tags, []), cancellationToken);
                }

                var unchanged = await UnchangedExtractionAsync(document.Id, cancellationToken);
                state.Succeed(hash, unchanged);
                GrainLog.DocumentUnchanged(logger, document.Id);
                return new IngestResult(document.Id, nameof(DocumentWriteOutcome.Unchanged), unchanged);
            }

            var extraction = document.Mentions is { } annotated
                ? AnnotatedExtraction.From(document, annotated)
                : await GrainFactory.GetGrain<IExtractionGrain>(0).ExtractAsync(document.Text, document.Language, document.Accuracy, document.Domain, cancellationToken);
            var routed = MentionRouter.Route(extraction, reviewOptions.Value);
            var kept = routed with { Entities = MentionCleanup.UnifyTypes(routed.Entities.Where(e => e.Status != MentionStatus.Rejected).ToList()) };
            var rejected = routed.Entities.Where(e => e.Status == MentionStatus.Rejected).ToList();
            var flow = new DocumentLinkingFlow(GrainFactory, store, linker, decider, linkingOptions);
            var clusters = await flow.LinkAsync(kept.Entities, cancellationToken);
            var stored = await store.GetEntitiesAsync(clusters.Select(c => c.EntityId).Distinct(StringComparer.Ordinal).ToList(), cancellationToken);
            var storedNames = stored.ToDictionary(e => e.Key, e => e.Value.CanonicalName, StringComparer.Ordinal);

            var (write, linked) = DocumentWriteBuilder.Build(document, hash, kept, rejected, clusters, storedNames, options.Value);
            var outcome = await store.UpsertDocumentAsync(write with { ManualTags = document.Tags, Actor = input.Actor }, cancellationToken);
            state.Succeed(hash, linked);
            IngestMetrics.Written(input, write, outcome, extraction, Stopwatch.GetElapsedTime(started));
            GrainLog.DocumentIngested(logger, document.Id, outcome, write.Language, write.Mentions.Count, write.Entities.Count);
            return new IngestResult(document.Id, outcome.ToString(), linked);
        }
        catch (EntityGraphException ex)
        {
            state.Fail(ex.Message);
            IngestMetrics.Failed(input, ex.Code);
            GrainLog.DocumentRejected(logger, grainId, ex.Code, ex.Message);
            throw;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            state.Fail(ex.Message);
            IngestMetrics.Failed(input, ErrorCodes.InternalServerError);
            GrainLog.DocumentFailed(logger, ex, grainId);
            throw;
        }
    }

    public async Task<bool> ChangeTagsAsync(IReadOnlyList<string> add, IReadOnlyList<string> remove, CancellationToken cancellationToken = default)
    {
        var id = this.GetPrimaryKeyString();
        try
        {
            var found = await store.ChangeTagsAsync(new TagChange(id, add ?? [], remove ?? []), cancellationToken);
            GrainLog.TagsChanged(logger, id, add?.Count ?? 0, remove?.Count ?? 0, found);
            return found;
        }
        catch (GraphStoreException rejected) when (rejected.IsInvalidInput)
        {
            throw new EntityGraphException(rejected.Code, rejected.Message);
        }
    }

    public async Task<long> ReviewMentionAsync(MentionReviewRequest request, CancellationToken cancellationToken = default)
    {
        var id = this.GetPrimaryKeyString();
        try
        {
            var flow = new DocumentLinkingFlow(GrainFactory, store, linker, decider, linkingOptions);
            var review = await new MentionReviewPreparer(store, flow).PrepareAsync(id, request, cancellationToken);
            var mention = await store.ReviewMentionAsync(review, cancellationToken);
            GrainLog.MentionReviewed(logger, id, mention.Id, review.Action, mention.Status);
            return mention.Id;
        }
        catch (GraphStoreException rejected) when (rejected.IsInvalidInput)
        {
            throw new EntityGraphException(rejected.Code, rejected.Message);
        }
    }

    public async Task<DateTimeOffset> CompleteReviewAsync(string? reviewer, CancellationToken cancellationToken = default)
    {
        var id = this.GetPrimaryKeyString();
        try
        {
            var review = await store.CompleteReviewAsync(id, reviewer, cancellationToken);
            GrainLog.ReviewCompleted(logger, id);
            return review.ReviewedAt;
        }
        catch (GraphStoreException rejected) when (rejected.IsInvalidInput)
        {
            throw new EntityGraphException(rejected.Code, rejected.Message);
        }
    }

    private async Task<ExtractionResult> UnchangedExtractionAsync(string id, CancellationToken cancellationToken)
    {
        var documents = await store.GetDocumentsAsync([id], cancellationToken);
        var mentions = await store.GetMentionsByDocumentAsync([id], cancellationToken);
        return documents.TryGetValue(id, out var record)
            ? StoredExtraction.FromStore(record, mentions.TryGetValue(id, out var list) ? list : [])
            : new ExtractionResult(LanguageCodes.Undetermined, 0, false, [], []);
    }

    /// <summary>The input with its text and title redacted by the configured operators, before anything is validated or stored.</summary>
    private async Task<DocumentInput> RedactAsync(DocumentInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Mentions is not null)
        {
            throw new EntityGraphException(ErrorCodes.InvalidInput, "A document with annotated mentions cannot be redacted: the mention offsets refer to the original text.");
        }

        var redaction = GrainFactory.GetGrain<IRedactionGrain>(0);
        var text = await redaction.RedactAsync(new RedactionRequest(input.Text, input.Language, Accuracy: input.Accuracy), cancellationToken);
        var title = string.IsNullOrWhiteSpace(input.Title)
            ? input.Title
            : (await redaction.RedactAsync(new RedactionRequest(input.Title, input.Language ?? text.Language, Accuracy: input.Accuracy), cancellationToken)).Text;
        return input with { Text = text.Text, Title = title, Redact = false };
    }
}
