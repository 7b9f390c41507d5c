using System.Data.Common;
using System.Text.Json;

namespace EntityGraph.Storage.Relational;

/// <summary>
/// The origin columns of <c>documents</c> (schema 6): path, format, part, parent id and the metadata as written by
/// <see cref="DocumentOrigin.MetadataJson"/> (one JSON object of strings).
/// </summary>
internal static class OriginColumns
{
    /// <summary>The five columns in the order <see cref="Read"/> expects them, aliased <c>d</c>.</summary>
    public const string Select = "d.origin_path, d.origin_format, d.origin_part, d.origin_parent_id, d.origin_metadata";

    /// <summary>The origin stored in the five columns from <paramref name="first"/> on; null when there is none.</summary>
    public static DocumentOrigin? Read(DbDataReader reader, int first)
    {
        if (reader.IsDBNull(first))
        {
            return null;
        }

        return new DocumentOrigin(
            reader.GetString(first),
            reader.GetString(first + 1),
            reader.IsDBNull(first + 2) ? null : reader.GetString(first + 2),
            reader.IsDBNull(first + 3) ? null : reader.GetString(first + 3),
            reader.IsDBNull(first + 4) ? new Dictionary<string, string>(StringComparer.Ordinal) : ParseMetadata(reader.GetString(first + 4)));
    }

    private static Dictionary<string, string> ParseMetadata(string json)
    {
        using var document = JsonDocument.Parse(json);
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            metadata[property.Name] = property.Value.GetString() ?? string.Empty;
        }

        return metadata;
    }
}
