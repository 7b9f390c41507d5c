using System.Data;
using System.Data.Common;
using Microsoft.Extensions.Logging;

namespace EntityGraph.Storage.Relational;

/// <summary>
/// Inserts the entities of a write that are not stored yet, linking each new entity's (type, normalized key)
/// and indexing its canonical name. Stored entities are left as they are.
/// </summary>
internal static class EntityCreator
{
    public static async Task CreateMissingAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<EntityWrite> entities, ILogger logger, long now, CancellationToken cancellationToken = default)
    {
        if (entities.Count == 0)
        {
            return;
        }

        await using var insert = Sql.Command(connection, transaction, """
            INSERT INTO entities (id, type, canonical_name, normalized_key, mention_count, document_count, created_at)
            VALUES (@id, @type, @name, @key, 0, 0, @at)
            ON CONFLICT (id) DO NOTHING;
            """);
        var id = insert.Parameter("@id", DbType.String);
        var type = insert.Parameter("@type", DbType.String);
        var name = insert.Parameter("@name", DbType.String);
        var key = insert.Parameter("@key", DbType.String);
        insert.Add("@at", now);

        await using var term = Sql.Command(connection, transaction, "INSERT INTO canonical_terms (term, entity_id) VALUES (@term, @id) ON CONFLICT DO NOTHING;");
        var termValue = term.Parameter("@term", DbType.String);
        var termEntity = term.Parameter("@id", DbType.String);

        foreach (var entity in entities.DistinctBy(entity => entity.Id, StringComparer.Ordinal))
        {
            (id.Value, type.Value, name.Value, key.Value) = (entity.Id, entity.Type, entity.CanonicalName, entity.NormalizedKey);
            if (await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
            {
                continue;
            }

            if (!await KeyRegistry.TryRegisterAsync(connection, transaction, entity.Type, entity.NormalizedKey, entity.Id, cancellationToken).ConfigureAwait(false))
            {
                GraphStoreLog.EntityKeyTaken(logger, entity.Type, entity.NormalizedKey, entity.Id);
            }

            termEntity.Value = entity.Id;
            foreach (var value in SearchTerms.ForName(entity.CanonicalName))
            {
                termValue.Value = value;
                await term.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
