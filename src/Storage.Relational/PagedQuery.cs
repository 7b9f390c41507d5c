using System.Data.Common;

namespace EntityGraph.Storage.Relational;

/// <summary>
/// A filtered, paged read on one command: conditions with their parameters, then one page of rows in a stated order
/// and the number of rows all pages hold (from the page itself, or counted when the page is empty).
/// </summary>
internal sealed class PagedQuery(DbCommand command)
{
    private readonly List<string> _conditions = [];

    /// <summary>Adds a condition that uses one parameter.</summary>
    public PagedQuery Where(string condition, string parameter, object value)
    {
        _conditions.Add(condition);
        command.Add(parameter, value);
        return this;
    }

    /// <summary>Runs the page query: <c>SELECT columns FROM source WHERE ... ORDER BY order LIMIT first OFFSET offset</c>.</summary>
    public async Task<Page<T>> ReadAsync<T>(string columns, string source, string order, int first, int offset, Func<DbDataReader, T> read, CancellationToken cancellationToken = default)
    {
        var where = _conditions.Count == 0 ? string.Empty : "WHERE " + string.Join(" AND ", _conditions);
        command.Add("@first", first);
        command.Add("@offset", offset);
        command.CommandText = $"SELECT {columns}, COUNT(*) OVER () FROM {source} {where} ORDER BY {order} LIMIT @first OFFSET @offset;";
        var items = new List<T>();
        var total = 0;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                items.Add(read(reader));
                total = reader.Int32(reader.FieldCount - 1);
            }
        }

        if (items.Count == 0)
        {
            command.CommandText = $"SELECT COUNT(*) FROM {source} {where};";
            total = (int)Sql.ScalarInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false));
        }

        return new Page<T>(items, offset, total);
    }
}
