using System.Data;
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
        if (write.Saliences is not { Count: > 0 } saliences)
        {
            return;
        }

        await using var command = Sql.Command(connection, transaction, """
            INSERT INTO document_entities (document_id, entity_id, salience) VALUES (@doc, @entity, @salience)
            ON CONFLICT (document_id, entity_id) DO UPDATE SET salience = greatest(document_entities.salience, excluded.salience);
            """);
        command.Add("@doc", write.Id);
        var entity = command.Parameter("@entity", DbType.String);
        var salience = command.Parameter("@salience", DbType.Double);
        foreach (var item in saliences)
        {
            (entity.Value, salience.Value) = (item.EntityId, item.Salience);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public static async Task InsertDecisionsAsync(DbConnection connection, DbTransaction transaction, string? documentId, IReadOnlyList<LinkDecisionWrite>? decisions, long now, CancellationToken cancellationToken = default)
    {
        if (decisions is not { Count: > 0 })
        {
            return;
        }

        await using var command = Sql.Command(connection, transaction, """
            INSERT INTO link_decisions (entity_id, document_id, surface, kind, score, reason, candidate_entity_id, shared_entity_ids, created_at)
            VALUES (@entity, @doc, @surface, @kind, @score, @reason, @candidate, @shared, @now);
            """);
        command.Add("@doc", Sql.ToDb(documentId));
        command.Add("@now", now);
        var entity = command.Parameter("@entity", DbType.String);
        var surface = command.Parameter("@surface", DbType.String);
        var kind = command.Parameter("@kind", DbType.String);
        var score = command.Parameter("@score", DbType.Double);
        var reason = command.Parameter("@reason", DbType.String);
        var candidate = command.Parameter("@candidate", DbType.String);
        var shared = command.Parameter("@shared", DbType.String);
        foreach (var decision in decisions)
        {
            (entity.Value, surface.Value, kind.Value, score.Value) = (decision.EntityId, decision.Surface, decision.Kind, decision.Score);
            (reason.Value, candidate.Value) = (decision.Reason, Sql.ToDb(decision.CandidateEntityId));
            shared.Value = JsonSerializer.Serialize(decision.SharedEntityIds ?? []);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
