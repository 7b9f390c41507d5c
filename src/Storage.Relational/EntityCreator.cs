using System.Data.Common;
using Microsoft.Extensions.Logging;

namespace EntityGraph.Storage.Relational;

/// <summary>
/// Inserts the entities of a write that are not stored yet, linking each new entity's (type, normalized key)
/// and indexing its canonical name. Stored entities are left as they are. A fixed number of statements per write,
/// whatever the number of entities.
/// </summary>
internal static class EntityCreator
{
    public static async Task CreateMissingAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<EntityWrite> entities, ILogger logger, long now, CancellationToken cancellationToken = default)
    {
        var distinct = entities.DistinctBy(entity => entity.Id, StringComparer.Ordinal).ToList();
        if (distinct.Count == 0)
        {
            return;
        }

        var created = (await Sql.InsertRowsReturningAsync(
                connection, transaction,
                "INSERT INTO entities (id, type, canonical_name, normalized_key, mention_count, document_count, created_at)",
                distinct.Select(entity => new object?[] { entity.Id, entity.Type, entity.CanonicalName, entity.NormalizedKey, 0, 0, now }).ToList(),
                "ON CONFLICT (id) DO NOTHING", "id", cancellationToken).ConfigureAwait(false))
            .Select(row => (string)row[0])
            .ToHashSet(StringComparer.Ordinal);
        var fresh = distinct.Where(entity => created.Contains(entity.Id)).ToList();
        if (fresh.Count == 0)
        {
            return;
        }

        var keys = fresh.Select(entity => new EntityKeyWrite(entity.Type, entity.NormalizedKey, entity.Id)).ToList();
        var linked = await KeyRegistry.TryRegisterAllAsync(connection, transaction, keys, cancellationToken).ConfigureAwait(false);
        var linkedTo = keys.Where(key => linked.Contains((key.Type, key.NormalizedKey)))
            .DistinctBy(key => (key.Type, key.NormalizedKey))
            .Select(key => key.EntityId)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var entity in fresh.Where(entity => !linkedTo.Contains(entity.Id)))
        {
            GraphStoreLog.EntityKeyTaken(logger, entity.Type, entity.NormalizedKey, entity.Id);
        }

        var terms = fresh
            .SelectMany(entity => SearchTerms.ForName(entity.CanonicalName).Select(term => new object?[] { term, entity.Id }))
            .ToList();
        await Sql.InsertRowsAsync(connection, transaction, "INSERT INTO canonical_terms (term, entity_id)", terms, "ON CONFLICT DO NOTHING", cancellationToken).ConfigureAwait(false);
    }
}
