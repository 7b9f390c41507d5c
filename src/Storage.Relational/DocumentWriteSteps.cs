using System.Data.Common;
using Microsoft.Extensions.Logging;

namespace EntityGraph.Storage.Relational;

/// <summary>The statements that store one document, run inside a write transaction the <see cref="DocumentWriter"/> owns.</summary>
internal static class DocumentWriteSteps
{
    /// <summary>
    /// Writes one document inside <paramref name="transaction"/>, which the caller commits: an unchanged content hash only
    /// applies manual tags; otherwise entities, keys, the document row, mentions, counts, alias terms, tags, saliences and
    /// link decisions, after removing what an earlier version contributed.
    /// </summary>
    public static async Task<DocumentWriteOutcome> WriteAsync(DbConnection connection, DbTransaction transaction, DocumentWrite write, long now, ILogger logger, CancellationToken cancellationToken = default)
    {
        var storedHash = await ReadContentHashAsync(connection, transaction, write.Id, cancellationToken).ConfigureAwait(false);
        var manualTags = (write.ManualTags ?? []).Select(tag => tag.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (string.Equals(storedHash, write.ContentHash, StringComparison.Ordinal))
        {
            await ManualTagRows.ApplyAsync(connection, transaction, write.Id, manualTags, [], cancellationToken).ConfigureAwait(false);
            return DocumentWriteOutcome.Unchanged;
        }

        write = await RedirectMap.ApplyAsync(connection, transaction, write, cancellationToken).ConfigureAwait(false);
        await RequireKnownEntitiesAsync(connection, transaction, write, cancellationToken).ConfigureAwait(false);
        await EntityCreator.CreateMissingAsync(connection, transaction, write.Entities, logger, now, cancellationToken).ConfigureAwait(false);
        await KeyRegistry.TryRegisterAllAsync(connection, transaction, write.Keys ?? [], cancellationToken).ConfigureAwait(false);

        var outcome = storedHash is null ? DocumentWriteOutcome.Created : DocumentWriteOutcome.Updated;
        if (outcome == DocumentWriteOutcome.Updated)
        {
            await DocumentContributions.RemoveAsync(connection, transaction, write.Id, cancellationToken).ConfigureAwait(false);
            await LinkRows.DeleteForDocumentAsync(connection, transaction, write.Id, cancellationToken).ConfigureAwait(false);
            await ExecuteForDocumentAsync(connection, transaction, "DELETE FROM tags WHERE document_id = @doc AND manual = 0;", write.Id, cancellationToken).ConfigureAwait(false);
        }

        await DocumentRows.SaveDocumentAsync(connection, transaction, write, outcome, now, cancellationToken).ConfigureAwait(false);
        await DocumentRows.InsertMentionsAsync(connection, transaction, write, cancellationToken).ConfigureAwait(false);
        await DocumentContributions.AddAsync(connection, transaction, write.Id, cancellationToken).ConfigureAwait(false);
        await DocumentRows.InsertAliasTermsAsync(connection, transaction, write.Mentions, cancellationToken).ConfigureAwait(false);
        await DocumentRows.InsertAutomaticTagsAsync(connection, transaction, write, cancellationToken).ConfigureAwait(false);
        await ManualTagRows.ApplyAsync(connection, transaction, write.Id, manualTags, [], cancellationToken).ConfigureAwait(false);
        await LinkRows.InsertSaliencesAsync(connection, transaction, write, cancellationToken).ConfigureAwait(false);
        await LinkRows.InsertDecisionsAsync(connection, transaction, write.Id, write.LinkDecisions, write.Actor, now, cancellationToken).ConfigureAwait(false);
        return outcome;
    }

    private static async Task<string?> ReadContentHashAsync(DbConnection connection, DbTransaction transaction, string documentId, CancellationToken cancellationToken = default)
    {
        await using var command = Sql.Command(connection, transaction, "SELECT content_hash FROM documents WHERE id = @doc;");
        command.Add("@doc", documentId);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    private static async Task RequireKnownEntitiesAsync(DbConnection connection, DbTransaction transaction, DocumentWrite write, CancellationToken cancellationToken = default)
    {
        var written = write.Entities.Select(entity => entity.Id).ToHashSet(StringComparer.Ordinal);
        var referenced = write.Mentions.Select(mention => mention.EntityId).Where(id => !written.Contains(id)).ToHashSet(StringComparer.Ordinal);
        foreach (var chunk in Sql.IdChunks(referenced))
        {
            await using var command = Sql.Command(connection, transaction, string.Empty);
            command.CommandText = $"SELECT id FROM entities WHERE id IN ({Sql.AddList(command, chunk)});";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                referenced.Remove(reader.GetString(0));
            }
        }

        if (referenced.Count > 0)
        {
            var sample = string.Join("', '", referenced.Order(StringComparer.Ordinal).Take(5));
            throw new GraphStoreException(
                ErrorCodes.UnknownEntity,
                $"Document '{write.Id}' mentions {referenced.Count} entit{(referenced.Count == 1 ? "y" : "ies")} that are neither stored nor in the write: '{sample}'.");
        }
    }

    private static async Task ExecuteForDocumentAsync(DbConnection connection, DbTransaction transaction, string text, string documentId, CancellationToken cancellationToken = default)
    {
        await using var command = Sql.Command(connection, transaction, text);
        command.Add("@doc", documentId);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
