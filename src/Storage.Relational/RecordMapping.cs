using System.Text.Json;
using System.Data.Common;

namespace EntityGraph.Storage.Relational;

/// <summary>Column lists and row readers shared by the queries.</summary>
internal static class RecordMapping
{
    public const string EntityColumns = "e.id, e.type, e.canonical_name, e.normalized_key, e.mention_count, e.document_count";

    /// <summary>The document columns, with the tags as one JSON array of [name, manual, score] rows, and the origin last.</summary>
    public static string DocumentColumns(SqlDialect dialect) => $"""
        d.id, d.language, d.language_confidence, d.title, d.source, d.content_hash, d.text, d.used_fallback, d.updated_at,
        (SELECT {dialect.JsonArrayAgg(dialect.JsonArray("t.name", "t.manual", "t.score"), "t.name")} FROM tags t WHERE t.document_id = d.id),
        d.domain, d.reviewed_by, d.reviewed_at, {OriginColumns.Select}
        """;

    /// <summary>The mention columns (of the view <c>mentions</c> or the table <c>mention_rows</c>, both aliased <c>m</c>).</summary>
    public const string MentionColumns = "m.id, m.document_id, m.entity_id, m.start_offset, m.end_offset, m.text, m.type, m.confidence, m.model_id, m.language, m.status, m.reviewed_by, m.reviewed_at";

    public static EntityRecord ReadEntity(DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.Int32(4),
        reader.Int32(5));

    public static DocumentRecord ReadDocument(DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.Double(2),
        reader.IsDBNull(3) ? null : reader.GetString(3),
        reader.IsDBNull(4) ? null : reader.GetString(4),
        reader.GetString(5),
        reader.GetString(6),
        ReadTags(reader.GetString(9)),
        reader.Flag(7),
        new DateTimeOffset(reader.Int64(8), TimeSpan.Zero),
        reader.IsDBNull(10) ? null : reader.GetString(10),
        reader.IsDBNull(12) ? null : new DocumentReview(reader.IsDBNull(11) ? null : reader.GetString(11), new DateTimeOffset(reader.Int64(12), TimeSpan.Zero)),
        OriginColumns.Read(reader, 13));

    public static MentionRecord ReadMention(DbDataReader reader) => new(
        reader.Int64(0),
        reader.GetString(1),
        reader.IsDBNull(2) ? null : reader.GetString(2),
        reader.Int32(3),
        reader.Int32(4),
        reader.GetString(5),
        reader.GetString(6),
        reader.Double(7),
        reader.GetString(8),
        reader.GetString(9),
        reader.GetString(10),
        reader.IsDBNull(11) ? null : reader.GetString(11),
        reader.IsDBNull(12) ? null : new DateTimeOffset(reader.Int64(12), TimeSpan.Zero));

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
