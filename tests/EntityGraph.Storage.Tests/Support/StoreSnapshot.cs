using System.Data.Common;
using System.Globalization;
using System.Text;

namespace EntityGraph.Storage.Tests.Support;

/// <summary>Every row of every table as text, to prove that a failed or no-op write changed nothing.</summary>
internal static class StoreSnapshot
{
    public static string Take(TempStore temp)
    {
        var tables = temp.TableNames();
        using var connection = temp.OpenRaw();
        var dump = new StringBuilder();
        foreach (var table in tables)
        {
            dump.Append("## ").AppendLine(table);
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY {OrderByAll(connection, table)};";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    dump.Append(Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)).Append('|');
                }

                dump.AppendLine();
            }
        }

        return dump.ToString();
    }

    private static string OrderByAll(DbConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\" LIMIT 0;";
        using var reader = command.ExecuteReader();
        return string.Join(", ", Enumerable.Range(1, reader.FieldCount));
    }
}
