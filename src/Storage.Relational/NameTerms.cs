using System.Data;
using System.Data.Common;

namespace EntityGraph.Storage.Relational;

/// <summary>Search terms of canonical names and manual aliases (see <see cref="SearchTerms"/>).</summary>
internal static class NameTerms
{
    /// <summary>Replaces the canonical-name terms of an entity with those of <paramref name="name"/>.</summary>
    public static async Task ReplaceCanonicalAsync(DbConnection connection, DbTransaction transaction, string entityId, string name, CancellationToken cancellationToken = default)
    {
        await using (var delete = Sql.Command(connection, transaction, "DELETE FROM canonical_terms WHERE entity_id = @id;"))
        {
            delete.Add("@id", entityId);
            await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var insert = Sql.Command(connection, transaction, "INSERT INTO canonical_terms (term, entity_id) VALUES (@term, @id) ON CONFLICT DO NOTHING;");
        insert.Add("@id", entityId);
        var term = insert.Parameter("@term", DbType.String);
        foreach (var value in SearchTerms.ForName(name))
        {
            term.Value = value;
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Keeps a former name searchable: adds it as a manual alias unless the entity already has an alias of that name in any language.</summary>
    public static async Task KeepFormerNameAsync(DbConnection connection, DbTransaction transaction, string entityId, string name, string source, long now, CancellationToken cancellationToken = default)
    {
        await using (var known = Sql.Command(connection, transaction, """
            SELECT 1 FROM aliases WHERE entity_id = @id AND name = @name AND count > 0
            UNION ALL SELECT 1 FROM manual_aliases WHERE entity_id = @id AND name = @name
            LIMIT 1;
            """))
        {
            known.Add("@id", entityId);
            known.Add("@name", name);
            if (await known.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null)
            {
                return;
            }
        }

        await AddManualAliasAsync(connection, transaction, entityId, name, "und", source, now, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Adds a manual alias and its search terms; false when the entity already had it.</summary>
    public static async Task<bool> AddManualAliasAsync(DbConnection connection, DbTransaction transaction, string entityId, string name, string language, string source, long now, CancellationToken cancellationToken = default)
    {
        await using (var insert = Sql.Command(connection, transaction, """
            INSERT INTO manual_aliases (entity_id, name, language, source, created_at) VALUES (@id, @name, @language, @source, @now)
            ON CONFLICT (entity_id, name, language) DO NOTHING;
            """))
        {
            insert.Add("@id", entityId);
            insert.Add("@name", name);
            insert.Add("@language", language);
            insert.Add("@source", source);
            insert.Add("@now", now);
            if (await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
            {
                return false;
            }
        }

        await using var terms = Sql.Command(connection, transaction, """
            INSERT INTO manual_alias_terms (term, entity_id, name, language) VALUES (@term, @id, @name, @language) ON CONFLICT DO NOTHING;
            """);
        terms.Add("@id", entityId);
        terms.Add("@name", name);
        terms.Add("@language", language);
        var term = terms.Parameter("@term", DbType.String);
        foreach (var value in SearchTerms.ForName(name))
        {
            term.Value = value;
            await terms.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return true;
    }
}
