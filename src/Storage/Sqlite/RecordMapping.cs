using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace EntityGraph.Storage.Sqlite;

/// <summary>Column lists and row readers shared by the queries.</summary>
internal static class RecordMapping
{
    public const string EntityColumns = "e.id, e.type, e.canonical_name, e.normalized_key, e.mention_count, e.document_count";

    public const string DocumentColumns = """
        d.id, d.language, d.language_confidence, d.title, d.source, d.content_hash, d.text, d.used_fallback, d.updated_at,
        (SELECT json_group_array(json_array(t.name, t.manual, t.score)) FROM tags t WHERE t.document_id = d.id)
        """;

    public const string MentionColumns = "m.id, m.document_id, m.entity_id, m.start_offset, m.end_offset, m.text, m.type, m.confidence, m.model_id, m.language";

    public static EntityRecord ReadEntity(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetInt32(4),
        reader.GetInt32(5));

    public static DocumentRecord ReadDocument(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetDouble(2),
        reader.IsDBNull(3) ? null : reader.GetString(3),
        reader.IsDBNull(4) ? null : reader.GetString(4),
        reader.GetString(5),
        reader.GetString(6),
        ReadTags(reader.GetString(9)),
        reader.GetBoolean(7),
        new DateTimeOffset(reader.GetInt64(8), TimeSpan.Zero));

    public static MentionRecord ReadMention(SqliteDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetInt32(3),
        reader.GetInt32(4),
        reader.GetString(5),
        reader.GetString(6),
        reader.GetDouble(7),
        reader.GetString(8),
        reader.GetString(9));

    private static IReadOnlyList<TagRecord> ReadTags(string json)
    {
        using var document = JsonDocument.Parse(json);
        var tags = new List<TagRecord>(document.RootElement.GetArrayLength());
        foreach (var row in document.RootElement.EnumerateArray())
        {
            tags.Add(new TagRecord(row[0].GetString()!, row[1].GetInt32() != 0, row[2].GetDouble()));
        }

        return tags
            .OrderByDescending(tag => tag.Manual)
            .ThenByDescending(tag => tag.Score)
            .ThenBy(tag => tag.Name, StringComparer.Ordinal)
            .ToArray();
    }
}
