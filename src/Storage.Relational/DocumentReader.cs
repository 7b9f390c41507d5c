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
        var page = new PagedQuery(command);
        if (!string.IsNullOrWhiteSpace(query.EntityId))
        {
            page.Where("d.id IN (SELECT document_id FROM mentions WHERE entity_id = @entity)", "@entity", query.EntityId);
        }

        if (!string.IsNullOrWhiteSpace(query.Tag))
        {
            page.Where("d.id IN (SELECT document_id FROM tags WHERE name = @tag)", "@tag", query.Tag.Trim());
        }

        if (!string.IsNullOrWhiteSpace(query.Language))
        {
            page.Where("lower(d.language) = lower(@language)", "@language", query.Language.Trim());
        }

        if (!string.IsNullOrWhiteSpace(query.ParentId))
        {
            page.Where("d.origin_parent_id = @parent", "@parent", query.ParentId);
        }

        return await page.ReadAsync(RecordMapping.DocumentColumns(backend.Dialect), "documents d", "d.updated_at DESC, d.id", query.First, query.Offset, RecordMapping.ReadDocument, cancellationToken).ConfigureAwait(false);
    }
}
