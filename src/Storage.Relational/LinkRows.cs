using System.Text.Json;
using System.Data.Common;

namespace EntityGraph.Storage.Relational;

/// <summary>The linking rows of a document (entity saliences and link decisions), and curation decisions.</summary>
internal static class LinkRows
{
    public static async Task DeleteForDocumentAsync(DbConnection connection, DbTransaction transaction, string documentId, CancellationToken cancellationToken = default)
    {
        await using var command = Sql.Command(connection, transaction, """
            DELETE FROM document_entities WHERE document_id = @doc;
            DELETE FROM link_decisions WHERE document_id = @doc;
            """);
        command.Add("@doc", documentId);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public static async Task InsertSaliencesAsync(DbConnection connection, DbTransaction transaction, DocumentWrite write, CancellationToken cancellationToken = default)
    {
        var rows = (write.Saliences ?? [])
            .GroupBy(item => item.EntityId, StringComparer.Ordinal)
            .Select(group => new object?[] { write.Id, group.Key, group.Max(item => item.Salience) })
            .ToList();
        await Sql.InsertRowsAsync(
            connection, transaction, "INSERT INTO document_entities (document_id, entity_id, salience)", rows,
            "ON CONFLICT (document_id, entity_id) DO UPDATE SET salience = greatest(document_entities.salience, excluded.salience)",
            cancellationToken).ConfigureAwait(false);
    }

    public static async Task InsertDecisionsAsync(DbConnection connection, DbTransaction transaction, string? documentId, IReadOnlyList<LinkDecisionWrite>? decisions, string? actor, long now, CancellationToken cancellationToken = default)
    {
        var rows = (decisions ?? [])
            .Select(decision => new object?[]
            {
                decision.EntityId, documentId, decision.Surface, decision.Kind, decision.Score, decision.Reason,
                decision.CandidateEntityId, JsonSerializer.Serialize(decision.SharedEntityIds ?? []), now, actor,
            })
            .ToList();
        await Sql.InsertRowsAsync(
            connection, transaction,
            "INSERT INTO link_decisions (entity_id, document_id, surface, kind, score, reason, candidate_entity_id, shared_entity_ids, created_at, actor)",
            rows, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
