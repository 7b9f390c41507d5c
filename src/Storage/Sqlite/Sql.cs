using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace EntityGraph.Storage.Sqlite;

/// <summary>Small helpers for building parameterized commands.</summary>
internal static class Sql
{
    /// <summary>How many ids go into one <c>IN (...)</c> list.</summary>
    public const int ChunkSize = 500;

    public static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string text)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = text;
        return command;
    }

    /// <summary>Distinct, non-null ids split into chunks for <c>IN (...)</c> lists.</summary>
    public static IEnumerable<string[]> IdChunks(IReadOnlyCollection<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return ids.Where(id => id is not null).Distinct(StringComparer.Ordinal).Chunk(ChunkSize);
    }

    /// <summary>Adds one parameter per value and returns the "@p0, @p1, ..." list to place inside <c>IN (...)</c>.</summary>
    public static string AddList(SqliteCommand command, IReadOnlyList<string> values, string prefix = "id")
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
            command.Parameters.AddWithValue(name, values[i]);
        }

        return list.ToString();
    }

    public static object ToDb(string? value) => value is null ? DBNull.Value : value;
}
