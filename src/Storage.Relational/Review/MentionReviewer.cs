using System.Data.Common;
using EntityGraph.Storage.Relational.Curation;
using Microsoft.Extensions.Logging;

namespace EntityGraph.Storage.Relational.Review;

/// <summary>
/// Applies one reviewer decision inside a caller's transaction: the mention row changes (or is added), the document's
/// counts, aliases and co-occurrence are recomputed from its mention rows, a newly linked entity is created with its keys
/// and its search terms, saliences of entities the document no longer mentions go, and the decision is logged with the
/// mention before and after.
/// </summary>
internal static class MentionReviewer
{
    public static async Task<MentionRecord> ApplyAsync(DbConnection connection, DbTransaction transaction, MentionReview review, ILogger logger, long now, CancellationToken cancellationToken = default)
    {
        ReviewRules.Validate(review);
        var (text, language) = await ReadDocumentAsync(connection, transaction, review.DocumentId, cancellationToken).ConfigureAwait(false);
        var before = review.MentionId is { } id ? await RequireMentionAsync(connection, transaction, id, review.DocumentId, cancellationToken).ConfigureAwait(false) : null;
        var after = ReviewRules.After(review, before, text, language);
        if (after.EntityId is { } entityId)
        {
            after = after with { EntityId = await LinkTargetAsync(connection, transaction, review, entityId, logger, now, cancellationToken).ConfigureAwait(false) };
            await RequireFreeSpanAsync(connection, transaction, after, cancellationToken).ConfigureAwait(false);
        }

        // A new type counts as a relink too: the entity's type is the vote of its mentions' types.
        var relinked = before is null || before.EntityId != after.EntityId || before.Start != after.Start || before.End != after.End || before.Text != after.Text || before.Type != after.Type;
        long mentionId = before?.Id ?? 0;
        async Task ChangeAsync() => mentionId = await WriteRowAsync(connection, transaction, before, after, review.Reviewer, now, cancellationToken).ConfigureAwait(false);
        if (relinked)
        {
            await CurationRows.RecountAsync(connection, transaction, [review.DocumentId], ChangeAsync, cancellationToken).ConfigureAwait(false);
            await ForgetUnmentionedSaliencesAsync(connection, transaction, review.DocumentId, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await ChangeAsync().ConfigureAwait(false);
        }

        if (after.EntityId is { } linked && relinked)
        {
            await DocumentRows.InsertAliasTermsAsync(connection, transaction, [new MentionWrite(linked, after.Start, after.End, after.Text, after.Type, 1, string.Empty, after.Language)], cancellationToken).ConfigureAwait(false);
            if (review.Decision is { } decision)
            {
                await LinkRows.InsertDecisionsAsync(connection, transaction, review.DocumentId, [decision with { EntityId = linked }], review.Reviewer, now, cancellationToken).ConfigureAwait(false);
            }
        }

        var stored = await ReviewReader.FindAsync(connection, transaction, mentionId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Mention {mentionId} vanished inside its own transaction.");
        await ReviewLog.AppendAsync(
            connection, transaction, review.DocumentId, mentionId, review.Action, review.Reviewer,
            before is null ? null : ReviewLog.StateOf(before), ReviewLog.StateOf(stored), now, cancellationToken).ConfigureAwait(false);
        return stored;
    }

    public static async Task<DocumentReview> CompleteAsync(DbConnection connection, DbTransaction transaction, string documentId, string? reviewer, long now, CancellationToken cancellationToken = default)
    {
        QueryArguments.RequireId(documentId, "The document id");
        ReviewRules.RequireReviewer(reviewer);
        await ReadDocumentAsync(connection, transaction, documentId, cancellationToken).ConfigureAwait(false);
        await using (var pending = Sql.Command(connection, transaction, "SELECT COUNT(*) FROM mention_rows WHERE document_id = @doc AND status = @status;"))
        {
            pending.Add("@doc", documentId);
            pending.Add("@status", MentionStatus.InReview);
            var open = Sql.ScalarInt64(await pending.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false));
            if (open > 0)
            {
                throw new GraphStoreException(ErrorCodes.InvalidReview, $"Document '{documentId}' still has {open} mention(s) in review; decide them before completing its review.");
            }
        }

        await using (var complete = Sql.Command(connection, transaction, "UPDATE documents SET reviewed_by = @reviewer, reviewed_at = @now WHERE id = @doc;"))
        {
            complete.Add("@doc", documentId);
            complete.Add("@reviewer", reviewer);
            complete.Add("@now", now);
            await complete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await ReviewLog.AppendAsync(connection, transaction, documentId, null, ReviewActions.Complete, reviewer, null, null, now, cancellationToken).ConfigureAwait(false);
        return new DocumentReview(reviewer, new DateTimeOffset(now, TimeSpan.Zero));
    }

    private static async Task<(string Text, string Language)> ReadDocumentAsync(DbConnection connection, DbTransaction transaction, string documentId, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, transaction, "SELECT text, language FROM documents WHERE id = @doc;");
        command.Add("@doc", documentId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? (reader.GetString(0), reader.GetString(1))
            : throw new GraphStoreException(ErrorCodes.NotFound, $"No document with id '{documentId}'.");
    }

    private static async Task<MentionRecord> RequireMentionAsync(DbConnection connection, DbTransaction transaction, long mentionId, string documentId, CancellationToken cancellationToken)
    {
        var mention = await ReviewReader.FindAsync(connection, transaction, mentionId, cancellationToken).ConfigureAwait(false);
        return mention is not null && mention.DocumentId == documentId
            ? mention
            : throw new GraphStoreException(ErrorCodes.NotFound, mention is null ? $"No mention with id {mentionId}." : $"Mention {mentionId} is not in document '{documentId}'.");
    }

    /// <summary>The entity the mention links to after the review: created when the review brings it, followed through merges.</summary>
    private static async Task<string> LinkTargetAsync(DbConnection connection, DbTransaction transaction, MentionReview review, string entityId, ILogger logger, long now, CancellationToken cancellationToken)
    {
        if (review.Entity is { } entity)
        {
            await EntityCreator.CreateMissingAsync(connection, transaction, [entity], logger, now, cancellationToken).ConfigureAwait(false);
            await KeyRegistry.TryRegisterAllAsync(connection, transaction, review.Keys ?? [], cancellationToken).ConfigureAwait(false);
        }

        var redirects = await RedirectMap.ReadAsync(connection, transaction, [entityId], cancellationToken).ConfigureAwait(false);
        var target = redirects.TryGetValue(entityId, out var merged) ? merged : entityId;
        return await CurationRows.FindEntityAsync(connection, transaction, target, cancellationToken).ConfigureAwait(false) is not null
            ? target
            : throw new GraphStoreException(ErrorCodes.UnknownEntity, $"The review links to entity '{entityId}', which is neither stored nor part of the review.");
    }

    private static async Task RequireFreeSpanAsync(DbConnection connection, DbTransaction transaction, ReviewedMention after, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, transaction, """
            SELECT id FROM mentions
            WHERE document_id = @doc AND start_offset = @start AND end_offset = @end AND (type = @type OR entity_id = @entity) AND id <> @id;
            """);
        command.Add("@doc", after.DocumentId);
        command.Add("@start", after.Start);
        command.Add("@end", after.End);
        command.Add("@type", after.Type);
        command.Add("@entity", after.EntityId);
        command.Add("@id", after.MentionId ?? 0);
        if (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is { } other and not DBNull)
        {
            throw new GraphStoreException(ErrorCodes.InvalidReview, $"Mention {other} of document '{after.DocumentId}' already covers [{after.Start},{after.End}) as {after.Type} or as the same entity.");
        }
    }

    private static async Task<long> WriteRowAsync(DbConnection connection, DbTransaction transaction, MentionRecord? before, ReviewedMention after, string? reviewer, long now, CancellationToken cancellationToken)
    {
        if (before is null)
        {
            var inserted = await Sql.InsertRowsReturningAsync(
                connection,
                transaction,
                "INSERT INTO mention_rows (document_id, entity_id, start_offset, end_offset, text, type, confidence, model_id, language, status, reviewed_by, reviewed_at)",
                [[after.DocumentId, after.EntityId, after.Start, after.End, after.Text, after.Type, 1.0, ReviewRules.ReviewerModelId, after.Language, after.Status, reviewer, now]],
                string.Empty,
                "id",
                cancellationToken).ConfigureAwait(false);
            return Convert.ToInt64(inserted[0][0], System.Globalization.CultureInfo.InvariantCulture);
        }

        await using var command = Sql.Command(connection, transaction, """
            UPDATE mention_rows
            SET entity_id = @entity, start_offset = @start, end_offset = @end, text = @text, type = @type, status = @status,
                reviewed_by = @reviewer, reviewed_at = @now
            WHERE id = @id;
            """);
        command.Add("@entity", after.EntityId);
        command.Add("@start", after.Start);
        command.Add("@end", after.End);
        command.Add("@text", after.Text);
        command.Add("@type", after.Type);
        command.Add("@status", after.Status);
        command.Add("@reviewer", reviewer);
        command.Add("@now", now);
        command.Add("@id", before.Id);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return before.Id;
    }

    private static async Task ForgetUnmentionedSaliencesAsync(DbConnection connection, DbTransaction transaction, string documentId, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, transaction, """
            DELETE FROM document_entities
            WHERE document_id = @doc
              AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.document_id = @doc AND m.entity_id = document_entities.entity_id);
            """);
        command.Add("@doc", documentId);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
