using System.Globalization;
using System.Data.Common;

namespace EntityGraph.Storage.Relational;

/// <summary>
/// Finds entities whose aliases (from mentions or manual), or canonical name match a folded search: equal, starting with it,
/// or holding a word that starts with it. Only entities with mentions or manual aliases are found, most mentioned first.
/// </summary>
internal sealed class EntitySearch(RelationalBackend backend)
{
    public async Task<Page<EntityRecord>> SearchAsync(EntityQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        QueryArguments.Validate(query.First, query.Offset);
        await using var connection = await backend.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        var filters = new List<string> { "(e.mention_count > 0 OR EXISTS (SELECT 1 FROM manual_aliases m WHERE m.entity_id = e.id))" };
        if (!string.IsNullOrWhiteSpace(query.Type))
        {
            filters.Add("lower(e.type) = lower(@type)");
            command.Add("@type", query.Type.Trim());
        }

        var language = string.IsNullOrWhiteSpace(query.Language) ? null : query.Language.Trim();
        if (language is not null)
        {
            command.Add("@language", language);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var prefixes = SearchTerms.ForSearch(query.Search);
            if (prefixes.Count == 0)
            {
                return new Page<EntityRecord>([], query.Offset, 0);
            }

            filters.Add($"e.id IN ({MatchingEntities(command, prefixes, language is not null)})");
        }
        else if (language is not null)
        {
            filters.Add("e.id IN (SELECT entity_id FROM aliases WHERE lower(language) = lower(@language) AND count > 0 UNION SELECT entity_id FROM manual_aliases WHERE lower(language) = lower(@language))");
        }

        var where = string.Join(" AND ", filters);
        command.Add("@first", query.First);
        command.Add("@offset", query.Offset);
        command.CommandText = $"""
            SELECT {RecordMapping.EntityColumns}, COUNT(*) OVER ()
            FROM entities e WHERE {where}
            ORDER BY e.mention_count DESC, e.id
            LIMIT @first OFFSET @offset;
            """;
        var items = new List<EntityRecord>();
        var total = 0;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                items.Add(RecordMapping.ReadEntity(reader));
                total = reader.Int32(6);
            }
        }

        if (items.Count == 0)
        {
            command.CommandText = $"SELECT COUNT(*) FROM entities e WHERE {where};";
            total = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        }

        return new Page<EntityRecord>(items, query.Offset, total);
    }

    private static string MatchingEntities(DbCommand command, IReadOnlyList<string> prefixes, bool byLanguage)
    {
        var ranges = new List<string>(prefixes.Count);
        for (var i = 0; i < prefixes.Count; i++)
        {
            var low = string.Create(CultureInfo.InvariantCulture, $"@low{i}");
            var high = string.Create(CultureInfo.InvariantCulture, $"@high{i}");
            command.Add(low, prefixes[i]);
            command.Add(high, SearchTerms.UpperBound(prefixes[i]));
            ranges.Add($"(term >= {low} AND term < {high})");
        }

        var range = string.Join(" OR ", ranges);
        return byLanguage
            ? $"SELECT entity_id FROM alias_terms WHERE ({range}) AND lower(language) = lower(@language) UNION SELECT entity_id FROM manual_alias_terms WHERE ({range}) AND lower(language) = lower(@language)"
            : $"SELECT entity_id FROM alias_terms WHERE {range} UNION SELECT entity_id FROM manual_alias_terms WHERE {range} UNION SELECT entity_id FROM canonical_terms WHERE {range}";
    }
}
