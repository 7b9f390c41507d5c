namespace EntityGraph.Storage.Relational;

/// <summary>Document lookups: content hash, id batches and filtered lists.</summary>
internal sealed class DocumentReader(RelationalBackend backend)
{
    public async Task<string?> GetContentHashAsync(string documentId, CancellationToken cancellationToken = default)
    {
        QueryArguments.RequireId(documentId, "The document id");
        await using var connection = await backend.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Sql.Command(connection, null, "SELECT content_hash FROM documents WHERE id = @doc;");
        command.Add("@doc", documentId);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    public async Task<IReadOnlyDictionary<string, DocumentRecord>> GetAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        var found = new Dictionary<string, DocumentRecord>(StringComparer.Ordinal);
        await using var connection = await backend.OpenAsync(cancellationToken).ConfigureAwait(false);
        foreach (var chunk in Sql.IdChunks(ids))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {RecordMapping.DocumentColumns(backend.Dialect)} FROM documents d WHERE d.id IN ({Sql.AddList(command, chunk)});";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var document = RecordMapping.ReadDocument(reader);
                found[document.Id] = document;
            }
        }

        return found;
    }

    public async Task<Page<DocumentRecord>> ListAsync(DocumentQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        QueryArguments.Validate(query.First, query.Offset);
        await using var connection = await backend.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        var filters = new List<string>();
        if (!string.IsNullOrWhiteSpace(query.EntityId))
        {
            filters.Add("d.id IN (SELECT document_id FROM mentions WHERE entity_id = @entity)");
            command.Add("@entity", query.EntityId);
        }

        if (!string.IsNullOrWhiteSpace(query.Tag))
        {
            filters.Add("d.id IN (SELECT document_id FROM tags WHERE name = @tag)");
            command.Add("@tag", query.Tag.Trim());
        }

        if (!string.IsNullOrWhiteSpace(query.Language))
        {
            filters.Add("lower(d.language) = lower(@language)");
            command.Add("@language", query.Language.Trim());
        }

        var where = filters.Count == 0 ? string.Empty : "WHERE " + string.Join(" AND ", filters);
        command.Add("@first", query.First);
        command.Add("@offset", query.Offset);
        command.CommandText = $"""
            SELECT {RecordMapping.DocumentColumns(backend.Dialect)}, COUNT(*) OVER ()
            FROM documents d {where}
            ORDER BY d.updated_at DESC, d.id
            LIMIT @first OFFSET @offset;
            """;
        var items = new List<DocumentRecord>();
        var total = 0;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                items.Add(RecordMapping.ReadDocument(reader));
                total = reader.Int32(10);
            }
        }

        if (items.Count == 0)
        {
            command.CommandText = $"SELECT COUNT(*) FROM documents d {where};";
            total = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        }

        return new Page<DocumentRecord>(items, query.Offset, total);
    }
}
