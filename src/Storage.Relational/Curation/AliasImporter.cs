using System.Data.Common;

namespace EntityGraph.Storage.Relational.Curation;

/// <summary>
/// Imports a user alias table inside a caller's transaction: every row is checked first; then entities are created
/// (named by their first row), names added as manual aliases and their keys linked. A key held by an entity outside the
/// import that has no imported names is taken over by merging that entity in; a key two imported entities claim fails
/// the import with KEY_CONFLICT, so nothing is written.
/// </summary>
internal static class AliasImporter
{
    public static async Task<AliasImportResult> ImportAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<AliasImportRow> rows, string? actor, long now, CancellationToken cancellationToken = default)
    {
        var checkedRows = CurationRules.ImportRows(rows);
        var entities = new Dictionary<string, EntityRecord>(StringComparer.Ordinal);
        var created = 0;
        foreach (var first in checkedRows.GroupBy(row => row.EntityId, StringComparer.Ordinal).Select(group => group.First()))
        {
            var stored = await CurationRows.FindEntityAsync(connection, transaction, first.EntityId, cancellationToken).ConfigureAwait(false);
            if (stored is null)
            {
                if ((await RedirectMap.ReadAsync(connection, transaction, [first.EntityId], cancellationToken).ConfigureAwait(false)).TryGetValue(first.EntityId, out var target))
                {
                    throw CurationRules.Invalid($"Entity '{first.EntityId}' was merged into '{target}'; import its names for '{target}' instead.");
                }

                await CurationRows.ExecuteAsync(connection, transaction, """
                    INSERT INTO entities (id, type, canonical_name, normalized_key, mention_count, document_count, created_at)
                    VALUES (@id, @type, @name, @key, 0, 0, @now);
                    """, new Dictionary<string, object> { ["@id"] = first.EntityId, ["@type"] = first.Type, ["@name"] = first.Name, ["@key"] = first.NormalizedKey, ["@now"] = now }, cancellationToken).ConfigureAwait(false);
                await NameTerms.ReplaceCanonicalAsync(connection, transaction, first.EntityId, first.Name, cancellationToken).ConfigureAwait(false);
                stored = await CurationRows.FindEntityAsync(connection, transaction, first.EntityId, cancellationToken).ConfigureAwait(false);
                created++;
            }
            else if (!string.Equals(stored.Type, first.Type, StringComparison.OrdinalIgnoreCase))
            {
                throw CurationRules.Invalid($"Entity '{first.EntityId}' is stored with type {stored.Type}, but the import gives {first.Type}.");
            }

            entities[first.EntityId] = stored!;
        }

        var claims = new Dictionary<(string Type, string Key), string>();
        foreach (var row in checkedRows)
        {
            var type = entities[row.EntityId].Type;
            if (claims.TryGetValue((type, row.NormalizedKey), out var other) && other != row.EntityId)
            {
                throw new GraphStoreException(ErrorCodes.KeyConflict, $"Imported entities '{other}' and '{row.EntityId}' both claim the name '{row.Name}' (key {type}|{row.NormalizedKey}).");
            }

            claims[(type, row.NormalizedKey)] = row.EntityId;
        }

        var aliases = 0;
        var linked = 0;
        var merged = new List<string>();
        var affected = new List<EntityKeyRecord>();
        foreach (var row in checkedRows)
        {
            var entity = entities[row.EntityId];
            if (await NameTerms.AddManualAliasAsync(connection, transaction, entity.Id, row.Name, row.Language, ManualAliasSources.Import, now, cancellationToken).ConfigureAwait(false))
            {
                aliases++;
            }

            var holder = await KeyRegistry.HolderAsync(connection, transaction, entity.Type, row.NormalizedKey, cancellationToken).ConfigureAwait(false);
            if (holder == entity.Id)
            {
                continue;
            }

            if (holder is not null)
            {
                if (entities.ContainsKey(holder) || await HasImportedNamesAsync(connection, transaction, holder, cancellationToken).ConfigureAwait(false))
                {
                    throw new GraphStoreException(ErrorCodes.KeyConflict, $"The name '{row.Name}' of '{entity.Id}' (key {entity.Type}|{row.NormalizedKey}) already links to imported entity '{holder}'.");
                }

                var source = await CurationRows.RequireEntityAsync(connection, transaction, holder, cancellationToken).ConfigureAwait(false);
                affected.AddRange(await EntityMerger.MoveAsync(connection, transaction, entity, [source], $"'{source.CanonicalName}' held the imported name '{row.Name}'", actor, now, cancellationToken).ConfigureAwait(false));
                merged.Add(holder);
                continue;
            }

            if (await KeyRegistry.TryRegisterAsync(connection, transaction, entity.Type, row.NormalizedKey, entity.Id, cancellationToken).ConfigureAwait(false))
            {
                linked++;
                affected.Add(new EntityKeyRecord(entity.Type, row.NormalizedKey, entity.Id));
            }
        }

        var decisions = entities.Values
            .Select(e => new LinkDecisionWrite(e.Id, e.CanonicalName, CurationKinds.Import, 1.0, $"{checkedRows.Count(r => r.EntityId == e.Id)} name(s) imported from an alias table"))
            .ToList();
        await LinkRows.InsertDecisionsAsync(connection, transaction, null, decisions, actor, now, cancellationToken).ConfigureAwait(false);
        return new AliasImportResult(checkedRows.Count, created, aliases, linked, merged, affected);
    }

    private static async Task<bool> HasImportedNamesAsync(DbConnection connection, DbTransaction transaction, string entityId, CancellationToken cancellationToken = default)
    {
        await using var command = Sql.Command(connection, transaction, "SELECT 1 FROM manual_aliases WHERE entity_id = @id AND source = @source LIMIT 1;");
        command.Add("@id", entityId);
        command.Add("@source", ManualAliasSources.Import);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null;
    }
}
