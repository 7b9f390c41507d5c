using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace EntityGraph.Storage.Sqlite;

/// <summary>The linking rows of a document (entity saliences and link decisions), and curation decisions.</summary>
internal static class LinkRows
{
    public static async Task DeleteForDocumentAsync(SqliteConnection connection, SqliteTransaction transaction, string documentId, CancellationToken cancellationToken = default)
    {
        await using var command = Sql.Command(connection, transaction, """
            DELETE FROM document_entities WHERE document_id = @doc;
            DELETE FROM link_decisions WHERE document_id = @doc;
            """);
        command.Parameters.AddWithValue("@doc", documentId);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public static async Task InsertSaliencesAsync(SqliteConnection connection, SqliteTransaction transaction, DocumentWrite write, CancellationToken cancellationToken = default)
    {
        if (write.Saliences is not { Count: > 0 } saliences)
        {
            return;
        }

        await using var command = Sql.Command(connection, transaction, """
            INSERT INTO document_entities (document_id, entity_id, salience) VALUES (@doc, @entity, @salience)
            ON CONFLICT (document_id, entity_id) DO UPDATE SET salience = MAX(salience, excluded.salience);
            """);
        command.Parameters.AddWithValue("@doc", write.Id);
        var entity = command.Parameters.Add("@entity", SqliteType.Text);
        var salience = command.Parameters.Add("@salience", SqliteType.Real);
        foreach (var item in saliences)
        {
            (entity.Value, salience.Value) = (item.EntityId, item.Salience);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public static async Task InsertDecisionsAsync(SqliteConnection connection, SqliteTransaction transaction, string? documentId, IReadOnlyList<LinkDecisionWrite>? decisions, long now, CancellationToken cancellationToken = default)
    {
        if (decisions is not { Count: > 0 })
        {
            return;
        }

        await using var command = Sql.Command(connection, transaction, """
            INSERT INTO link_decisions (entity_id, document_id, surface, kind, score, reason, candidate_entity_id, shared_entity_ids, created_at)
            VALUES (@entity, @doc, @surface, @kind, @score, @reason, @candidate, @shared, @now);
            """);
        command.Parameters.AddWithValue("@doc", Sql.ToDb(documentId));
        command.Parameters.AddWithValue("@now", now);
        var entity = command.Parameters.Add("@entity", SqliteType.Text);
        var surface = command.Parameters.Add("@surface", SqliteType.Text);
        var kind = command.Parameters.Add("@kind", SqliteType.Text);
        var score = command.Parameters.Add("@score", SqliteType.Real);
        var reason = command.Parameters.Add("@reason", SqliteType.Text);
        var candidate = command.Parameters.Add("@candidate", SqliteType.Text);
        var shared = command.Parameters.Add("@shared", SqliteType.Text);
        foreach (var decision in decisions)
        {
            (entity.Value, surface.Value, kind.Value, score.Value) = (decision.EntityId, decision.Surface, decision.Kind, decision.Score);
            (reason.Value, candidate.Value) = (decision.Reason, Sql.ToDb(decision.CandidateEntityId));
            shared.Value = JsonSerializer.Serialize(decision.SharedEntityIds ?? []);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
