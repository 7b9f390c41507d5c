using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text;

namespace EntityGraph.Storage.Relational;

/// <summary>Small helpers for building parameterized commands and reading rows the same way on every backend.</summary>
internal static class Sql
{
    /// <summary>How many ids go into one <c>IN (...)</c> list.</summary>
    public const int ChunkSize = 500;

    public static DbCommand Command(DbConnection connection, DbTransaction? transaction, string text)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = text;
        return command;
    }

    /// <summary>Adds a parameter with a value (strings as text, null as NULL, booleans as 0/1).</summary>
    public static DbParameter Add(this DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value switch
        {
            null => DBNull.Value,
            bool flag => flag ? 1 : 0,
            _ => value,
        };
        command.Parameters.Add(parameter);
        return parameter;
    }

    /// <summary>Adds a typed parameter whose value is set before each execution.</summary>
    public static DbParameter Parameter(this DbCommand command, string name, DbType type)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = type;
        command.Parameters.Add(parameter);
        return parameter;
    }

    /// <summary>Distinct, non-null ids split into chunks for <c>IN (...)</c> lists.</summary>
    public static IEnumerable<string[]> IdChunks(IReadOnlyCollection<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return ids.Where(id => id is not null).Distinct(StringComparer.Ordinal).Chunk(ChunkSize);
    }

    /// <summary>Adds one parameter per value and returns the "@p0, @p1, ..." list to place inside <c>IN (...)</c>.</summary>
    public static string AddList<T>(DbCommand command, IReadOnlyList<T> values, string prefix = "id")
    {
        var list = new StringBuilder();
        for (var i = 0; i < values.Count; i++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"@{prefix}{i}");
            if (i > 0)
            {
                list.Append(", ");
            }

            list.Append(name);
            command.Add(name, values[i]);
        }

        return list.ToString();
    }

    /// <summary>
    /// Inserts rows with as few statements as the parameter limit allows (one round trip per statement instead of one per
    /// row): <paramref name="insert"/> is "INSERT INTO t (a, b)", <paramref name="suffix"/> e.g. "ON CONFLICT DO NOTHING".
    /// </summary>
    public static async Task InsertRowsAsync(DbConnection connection, DbTransaction transaction, string insert, IReadOnlyList<object?[]> rows, string suffix = "", CancellationToken cancellationToken = default)
    {
        foreach (var chunk in Chunks(rows))
        {
            await using var command = InsertCommand(connection, transaction, insert, chunk, suffix);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Like <see cref="InsertRowsAsync"/>, and returns the <paramref name="returning"/> columns of each row the statements
    /// inserted (rows skipped by <c>ON CONFLICT DO NOTHING</c> return nothing; SQLite 3.35+ and PostgreSQL both support it).
    /// </summary>
    public static async Task<List<object[]>> InsertRowsReturningAsync(DbConnection connection, DbTransaction transaction, string insert, IReadOnlyList<object?[]> rows, string suffix, string returning, CancellationToken cancellationToken = default)
    {
        var inserted = new List<object[]>();
        foreach (var chunk in Chunks(rows))
        {
            await using var command = InsertCommand(connection, transaction, insert, chunk, suffix + " RETURNING " + returning);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var values = new object[reader.FieldCount];
                reader.GetValues(values);
                inserted.Add(values);
            }
        }

        return inserted;
    }

    private static IEnumerable<object?[][]> Chunks(IReadOnlyList<object?[]> rows) =>
        rows.Count == 0 ? [] : rows.Chunk(Math.Max(1, 30_000 / rows[0].Length));

    private static DbCommand InsertCommand(DbConnection connection, DbTransaction transaction, string insert, object?[][] chunk, string suffix)
    {
        var command = Command(connection, transaction, string.Empty);
        var text = new StringBuilder(insert).Append(" VALUES ");
        for (var r = 0; r < chunk.Length; r++)
        {
            text.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < chunk[r].Length; c++)
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"@r{r}c{c}");
                text.Append(c == 0 ? name : ", " + name);
                command.Add(name, chunk[r][c]);
            }

            text.Append(')');
        }

        command.CommandText = text.Append(' ').Append(suffix).Append(';').ToString();
        return command;
    }

    public static object ToDb(string? value) => value is null ? DBNull.Value : value;

    /// <summary>An integer column or expression, whatever width the backend returns it in.</summary>
    public static int Int32(this DbDataReader reader, int ordinal) => Convert.ToInt32(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    /// <summary>A 64-bit integer column or expression.</summary>
    public static long Int64(this DbDataReader reader, int ordinal) => Convert.ToInt64(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    /// <summary>A floating-point column or expression (numeric results included).</summary>
    public static double Double(this DbDataReader reader, int ordinal) => Convert.ToDouble(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    /// <summary>A flag stored as 0/1 (or a boolean expression).</summary>
    public static bool Flag(this DbDataReader reader, int ordinal) => reader.GetValue(ordinal) switch
    {
        bool flag => flag,
        var value => Convert.ToInt64(value, CultureInfo.InvariantCulture) != 0,
    };

    /// <summary>The single value of a scalar query as an integer (0 for none).</summary>
    public static long ScalarInt64(object? value) => value is null or DBNull ? 0 : Convert.ToInt64(value, CultureInfo.InvariantCulture);
}
