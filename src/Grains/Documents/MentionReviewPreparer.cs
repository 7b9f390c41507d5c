using EntityGraph.Grains.Linking;
using EntityGraph.Linking.CrossDocument;
using EntityGraph.Linking.Normalization;
using EntityGraph.Storage;

namespace EntityGraph.Grains.Documents;

/// <summary>
/// Turns a reviewer's request into the store's <see cref="MentionReview"/>: reads the mention, fills what a correction
/// leaves out from it, checks the span and type, and links a span that will be linked (a correction, an addition, an
/// accepted rejection) the way ingest links a model's mention: in-document clusters, the key's entity grain, candidates.
/// </summary>
internal sealed class MentionReviewPreparer(IGraphStore store, DocumentLinkingFlow flow)
{
    public async Task<MentionReview> PrepareAsync(string documentId, MentionReviewRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var document = (await store.GetDocumentsAsync([documentId], cancellationToken)).GetValueOrDefault(documentId)
            ?? throw new EntityGraphException(ErrorCodes.NotFound, $"No document with id '{documentId}'.");
        var current = request.MentionId is { } id ? await RequireMentionAsync(documentId, id, cancellationToken) : null;
        var reviewer = request.Reviewer;
        switch (request.Action)
        {
            case ReviewActions.Reject:
                return new MentionReview(ReviewActions.Reject, documentId, current!.Id, current.Start, current.End, current.Type, null, reviewer);
            case ReviewActions.Accept when current!.EntityId is { } linked:
                return new MentionReview(ReviewActions.Accept, documentId, current.Id, current.Start, current.End, current.Type, linked, reviewer);
            case ReviewActions.Accept:
                return await LinkAsync(ReviewActions.Accept, document, current, current.Start, current.End, current.Type, reviewer, cancellationToken);
            case ReviewActions.Correct:
                return await LinkAsync(ReviewActions.Correct, document, current, request.Start ?? current!.Start, request.End ?? current!.End, request.Type ?? current!.Type, reviewer, cancellationToken);
            case ReviewActions.Add when request.Start is { } start && request.End is { } end && request.Type is { } type:
                return await LinkAsync(ReviewActions.Add, document, null, start, end, type, reviewer, cancellationToken);
            case ReviewActions.Add:
                throw new EntityGraphException(ErrorCodes.InvalidReview, "Adding a mention needs its start, end and type.");
            default:
                throw new EntityGraphException(ErrorCodes.InvalidReview, $"'{request.Action}' is not a review action (ACCEPT, REJECT, CORRECT, ADD).");
        }
    }

    private async Task<MentionRecord> RequireMentionAsync(string documentId, long mentionId, CancellationToken cancellationToken)
    {
        var mention = await store.GetMentionAsync(mentionId, cancellationToken);
        return mention is not null && mention.DocumentId == documentId
            ? mention
            : throw new EntityGraphException(ErrorCodes.NotFound, mention is null ? $"No mention with id {mentionId}." : $"Mention {mentionId} is not in document '{documentId}'.");
    }

    private async Task<MentionReview> LinkAsync(string action, DocumentRecord document, MentionRecord? current, int start, int end, string type, string? reviewer, CancellationToken cancellationToken)
    {
        type = type.Trim();
        string surface;
        try
        {
            ReviewRules.RequireType(type);
            surface = ReviewRules.RequireSpan(document.Text, start, end);
        }
        catch (GraphStoreException invalid)
        {
            throw new EntityGraphException(invalid.Code, invalid.Message);
        }

        var language = current?.Language ?? document.Language;
        var clusters = await flow.LinkAsync([new ExtractedEntity(start, end, surface, type, 1.0, ReviewRules.ReviewerModelId, language)], cancellationToken);
        var (cluster, entityId, decision) = clusters.Single();
        var entity = new EntityWrite(entityId, cluster.Type, CanonicalNames.Select(cluster.Type, [cluster.CanonicalName]), cluster.Key);
        var keys = decision.Kind is LinkDecisionKinds.Alias or LinkDecisionKinds.Partial
            ? []
            : cluster.AlternateKeys.Prepend(cluster.Key).Select(key => new EntityKeyWrite(cluster.Type, key, entityId)).ToList();
        var log = new LinkDecisionWrite(entityId, cluster.CanonicalName, decision.Kind, decision.Score, decision.Reason, decision.CandidateEntityId, decision.SharedEntityIds);
        return new MentionReview(action, document.Id, current?.Id, start, end, type, entityId, reviewer, entity, keys, log);
    }
}
