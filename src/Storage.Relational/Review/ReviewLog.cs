using System.Data.Common;
using System.Text.Json;

namespace EntityGraph.Storage.Relational.Review;

/// <summary>The review log (table mention_reviews): one row per decision, the mention before and after as JSON.</summary>
internal static class ReviewLog
{
    private const string Columns = "r.id, r.document_id, r.mention_id, r.action, r.reviewer, r.created_at, r.before, r.after";

    public static async Task AppendAsync(
        DbConnection connection, DbTransaction transaction, string documentId, long? mentionId, string action, string? reviewer,
        MentionState? before, MentionState? after, long now, CancellationToken cancellationToken = default)
    {
        await using var command = Sql.Command(connection, transaction, """
            INSERT INTO mention_reviews (document_id, mention_id, action, reviewer, created_at, before, after)
            VALUES (@doc, @mention, @action, @reviewer, @now, @before, @after);
            """);
        command.Add("@doc", documentId);
        command.Add("@mention", mentionId);
        command.Add("@action", action);
        command.Add("@reviewer", reviewer);
        command.Add("@now", now);
        command.Add("@before", before is null ? null : JsonSerializer.Serialize(before));
        command.Add("@after", after is null ? null : JsonSerializer.Serialize(after));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public static async Task<IReadOnlyDictionary<long, IReadOnlyList<MentionReviewRecord>>> ReadForMentionsAsync(DbConnection connection, IReadOnlyCollection<long> mentionIds, CancellationToken cancellationToken = default)
    {
        var found = new Dictionary<long, List<MentionReviewRecord>>();
        foreach (var chunk in mentionIds.Distinct().Chunk(Sql.ChunkSize))
        {
            await using var command = Sql.Command(connection, null, string.Empty);
            command.CommandText = $"SELECT {Columns} FROM mention_reviews r WHERE r.mention_id IN ({Sql.AddList(command, chunk, "m")}) ORDER BY r.id;";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var record = Read(reader);
                if (!found.TryGetValue(record.MentionId!.Value, out var list))
                {
                    found[record.MentionId.Value] = list = [];
                }

                list.Add(record);
            }
        }

        return found.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<MentionReviewRecord>)pair.Value);
    }

    private static MentionReviewRecord Read(DbDataReader reader) => new(
        reader.Int64(0),
        reader.GetString(1),
        reader.IsDBNull(2) ? null : reader.Int64(2),
        reader.GetString(3),
        reader.IsDBNull(4) ? null : reader.GetString(4),
        new DateTimeOffset(reader.Int64(5), TimeSpan.Zero),
        reader.IsDBNull(6) ? null : JsonSerializer.Deserialize<MentionState>(reader.GetString(6)),
        reader.IsDBNull(7) ? null : JsonSerializer.Deserialize<MentionState>(reader.GetString(7)));

    /// <summary>The reviewable state of a stored mention.</summary>
    public static MentionState StateOf(MentionRecord mention) =>
        new(mention.Status, mention.Type, mention.Start, mention.End, mention.Text, mention.EntityId);
}
