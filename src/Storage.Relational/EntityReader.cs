namespace EntityGraph.Storage.Relational;

/// <summary>Entity lookups: by key, by id batch, and alias batches.</summary>
internal sealed class EntityReader(RelationalBackend backend)
{
    public async Task<string?> FindByKeyAsync(string type, string normalizedKey, CancellationToken cancellationToken = default)
    {
        QueryArguments.RequireId(type, "The entity type");
        QueryArguments.RequireId(normalizedKey, "The normalized key");
        await using var connection = await backend.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Sql.Command(connection, null, "SELECT entity_id FROM entity_keys WHERE type = @type AND normalized_key = @key;");
        command.Add("@type", type);
        command.Add("@key", normalizedKey);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    public async Task<string?> FindByNameKeyAsync(string normalizedKey, IReadOnlyCollection<string> excludedTypes, CancellationToken cancellationToken = default)
    {
        QueryArguments.RequireId(normalizedKey, "The normalized key");
        ArgumentNullException.ThrowIfNull(excludedTypes);
        await using var connection = await backend.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Sql.Command(connection, null, string.Empty);
        var excluded = excludedTypes.Count == 0 ? string.Empty : $" AND k.type NOT IN ({Sql.AddList(command, excludedTypes.ToList(), "type")})";
        command.CommandText = $"""
            SELECT k.entity_id FROM entity_keys k JOIN entities e ON e.id = k.entity_id
            WHERE k.normalized_key = @key{excluded}
            ORDER BY e.mention_count DESC, k.entity_id
            LIMIT 1;
            """;
        command.Add("@key", normalizedKey);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    public async Task<IReadOnlyDictionary<string, EntityRecord>> GetAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        var found = new Dictionary<string, EntityRecord>(StringComparer.Ordinal);
        await using var connection = await backend.OpenAsync(cancellationToken).ConfigureAwait(false);
        foreach (var chunk in Sql.IdChunks(ids))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {RecordMapping.EntityColumns} FROM entities e WHERE e.id IN ({Sql.AddList(command, chunk)});";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var entity = RecordMapping.ReadEntity(reader);
                found[entity.Id] = entity;
            }
        }

        return found;
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<AliasRecord>>> GetAliasesAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken = default)
    {
        var found = new Dictionary<string, List<AliasRecord>>(StringComparer.Ordinal);
        await using var connection = await backend.OpenAsync(cancellationToken).ConfigureAwait(false);
        foreach (var chunk in Sql.IdChunks(entityIds))
        {
            await using var command = connection.CreateCommand();
            var ids = Sql.AddList(command, chunk);
            command.CommandText = $"""
                SELECT entity_id, name, language, count, manual FROM (
                    SELECT a.entity_id, a.name, a.language, a.count,
                           CASE WHEN EXISTS (SELECT 1 FROM manual_aliases m WHERE m.entity_id = a.entity_id AND m.name = a.name AND m.language = a.language) THEN 1 ELSE 0 END AS manual
                    FROM aliases a WHERE a.count > 0 AND a.entity_id IN ({ids})
                    UNION ALL
                    SELECT m.entity_id, m.name, m.language, 0, 1 FROM manual_aliases m
                    WHERE m.entity_id IN ({ids})
                      AND NOT EXISTS (SELECT 1 FROM aliases a WHERE a.entity_id = m.entity_id AND a.name = m.name AND a.language = m.language AND a.count > 0)) AS named
                ORDER BY entity_id, count DESC, name, language;
                """;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var alias = new AliasRecord(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.Int32(3), reader.Flag(4));
                if (!found.TryGetValue(alias.EntityId, out var list))
                {
                    found[alias.EntityId] = list = [];
                }

                list.Add(alias);
            }
        }

        return found.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<AliasRecord>)pair.Value, StringComparer.Ordinal);
    }

    public async Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await backend.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Sql.Command(connection, null, """
            SELECT (SELECT COUNT(*) FROM entities WHERE mention_count > 0),
                   (SELECT COUNT(*) FROM documents),
                   (SELECT COUNT(*) FROM mentions),
                   (SELECT COUNT(*) FROM aliases WHERE count > 0);
            """);
        GraphStatistics statistics;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            statistics = new GraphStatistics(reader.Int64(0), reader.Int64(1), reader.Int64(2), reader.Int64(3));
        }

        var byStatus = new Dictionary<string, long>(StringComparer.Ordinal);
        command.CommandText = "SELECT status, COUNT(*) FROM mention_rows GROUP BY status;";
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                byStatus[reader.GetString(0)] = reader.Int64(1);
            }
        }

        return statistics with { MentionsByStatus = MentionStatusCounts.From(byStatus) };
    }
}
