using System.Globalization;
using System.Text;

namespace EntityGraph.Export.Neo4j;

/// <summary>
/// Writes comma-separated rows as neo4j-admin import and LOAD CSV read them: every value quoted (quotes doubled, line
/// breaks kept; the import runs with <c>--multiline-fields=true</c>), a missing value as an empty unquoted field (null to
/// both tools), numbers in invariant culture.
/// </summary>
internal sealed class CsvWriter(TextWriter writer) : IAsyncDisposable
{
    public long Rows { get; private set; }

    public Task HeaderAsync(IReadOnlyList<string> header) => WriteAsync(header, countRow: false);

    public Task RowAsync(params object?[] fields) => WriteAsync(fields.Select(field => field is null ? null : Format(field)).ToList(), countRow: true);

    /// <summary>An array property: items joined with the import's array delimiter (';'), which the items must not contain.</summary>
    public static string Array<T>(IEnumerable<T> items) => string.Join(';', items.Select(item => Format(item)));

    public ValueTask DisposeAsync() => writer.DisposeAsync();

    private async Task WriteAsync(IReadOnlyList<string?> fields, bool countRow)
    {
        var line = new StringBuilder();
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                line.Append(',');
            }

            if (fields[i] is { } field)
            {
                line.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
        }

        await writer.WriteAsync(line.Append('\n').ToString()).ConfigureAwait(false);
        if (countRow)
        {
            Rows++;
        }
    }

    private static string Format(object? value) => value switch
    {
        null => string.Empty,
        bool flag => flag ? "true" : "false",
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        DateTimeOffset time => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
