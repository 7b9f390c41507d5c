using System.Data;
using System.Data.Common;

namespace EntityGraph.Storage.Relational;

/// <summary>The row writes of one document: the document itself (its origin included), its mentions, alias search terms and automatic tags.</summary>
internal static class DocumentRows
{
    public static async Task SaveDocumentAsync(DbConnection connection, DbTransaction transaction, DocumentWrite write, DocumentWriteOutcome outcome, long now, CancellationToken cancellationToken = default)
    {
        var text = outcome == DocumentWriteOutcome.Created
            ? """
              INSERT INTO documents (id, language, language_confidence, title, source, content_hash, text, used_fallback, created_at, updated_at, domain,
                                     origin_path, origin_format, origin_part, origin_parent_id, origin_metadata)
              VALUES (@doc, @language, @confidence, @title, @source, @hash, @text, @fallback, @now, @now, @domain,
                      @originPath, @originFormat, @originPart, @originParent, @originMetadata);
              """
            : """
              UPDATE documents
              SET language = @language, language_confidence = @confidence, title = @title, source = @source,
                  content_hash = @hash, text = @text, used_fallback = @fallback, updated_at = @now, domain = @domain,
                  origin_path = @originPath, origin_format = @originFormat, origin_part = @originPart,
                  origin_parent_id = @originParent, origin_metadata = @originMetadata,
                  reviewed_by = NULL, reviewed_at = NULL
              WHERE id = @doc;
              """;
        await using var command = Sql.Command(connection, transaction, text);
        command.Add("@doc", write.Id);
        command.Add("@language", write.Language);
        command.Add("@confidence", write.LanguageConfidence);
        command.Add("@title", Sql.ToDb(write.Title));
        command.Add("@source", Sql.ToDb(write.Source));
        command.Add("@hash", write.ContentHash);
        command.Add("@text", write.Text);
        command.Add("@fallback", write.UsedFallbackModel);
        command.Add("@now", now);
        command.Add("@domain", Sql.ToDb(write.Domain));
        command.Add("@originPath", Sql.ToDb(write.Origin?.Path));
        command.Add("@originFormat", Sql.ToDb(write.Origin?.Format));
        command.Add("@originPart", Sql.ToDb(write.Origin?.Part));
        command.Add("@originParent", Sql.ToDb(write.Origin?.ParentId));
        command.Add("@originMetadata", Sql.ToDb(write.Origin?.MetadataJson()));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Inserts the linked mentions and the rejected ones (no entity), in text order.</summary>
    public static async Task InsertMentionsAsync(DbConnection connection, DbTransaction transaction, DocumentWrite write, CancellationToken cancellationToken = default)
    {
        var linked = write.Mentions
            .Select(m => (m.Start, m.End, Row: new object?[] { write.Id, m.EntityId, m.Start, m.End, m.Text, m.Type, m.Confidence, m.ModelId, m.Language, m.Status, m.AcceptThreshold }));
        var rejected = (write.Rejected ?? [])
            .Select(m => (m.Start, m.End, Row: new object?[] { write.Id, null, m.Start, m.End, m.Text, m.Type, m.Confidence, m.ModelId, m.Language, MentionStatus.Rejected, m.AcceptThreshold }));
        var rows = linked.Concat(rejected).OrderBy(row => row.Start).ThenBy(row => row.End).Select(row => row.Row).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        await Sql.InsertRowsAsync(
            connection,
            transaction,
            "INSERT INTO mention_rows (document_id, entity_id, start_offset, end_offset, text, type, confidence, model_id, language, status, accept_threshold)",
            rows,
            cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    public static async Task InsertAliasTermsAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<MentionWrite> mentions, CancellationToken cancellationToken = default)
    {
        var aliases = mentions.Select(mention => (mention.EntityId, mention.Text, mention.Language)).Distinct().ToList();
        if (aliases.Count == 0)
        {
            return;
        }

        var rows = aliases
            .SelectMany(alias => SearchTerms.ForName(alias.Text).Select(term => new object?[] { term, alias.EntityId, alias.Text, alias.Language }))
            .ToList();
        await Sql.InsertRowsAsync(connection, transaction, "INSERT INTO alias_terms (term, entity_id, name, language)", rows, "ON CONFLICT DO NOTHING", cancellationToken).ConfigureAwait(false);
    }

    public static async Task InsertAutomaticTagsAsync(DbConnection connection, DbTransaction transaction, DocumentWrite write, CancellationToken cancellationToken = default)
    {
        var rows = write.AutomaticTags.Select(tag => new object?[] { write.Id, tag.Name.Trim(), 0, tag.Score }).ToList();
        await Sql.InsertRowsAsync(
            connection, transaction, "INSERT INTO tags (document_id, name, manual, score)", rows,
            "ON CONFLICT (document_id, name) DO NOTHING", cancellationToken).ConfigureAwait(false);
    }
}
