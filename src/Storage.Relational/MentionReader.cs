namespace EntityGraph.Storage.Relational;

/// <summary>Mention lookups by document batch.</summary>
internal sealed class MentionReader(RelationalBackend backend)
{
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<MentionRecord>>> GetByDocumentAsync(IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken = default)
    {
        var found = new Dictionary<string, List<MentionRecord>>(StringComparer.Ordinal);
        await using var connection = await backend.OpenAsync(cancellationToken).ConfigureAwait(false);
        foreach (var chunk in Sql.IdChunks(documentIds))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"""
                SELECT {RecordMapping.MentionColumns} FROM mentions m
                WHERE m.document_id IN ({Sql.AddList(command, chunk)})
                ORDER BY m.document_id, m.start_offset, m.end_offset, m.id;
                """;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var mention = RecordMapping.ReadMention(reader);
                if (!found.TryGetValue(mention.DocumentId, out var list))
                {
                    found[mention.DocumentId] = list = [];
                }

                list.Add(mention);
            }
        }

        return found.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<MentionRecord>)pair.Value, StringComparer.Ordinal);
    }
}
