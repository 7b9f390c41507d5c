using Microsoft.Data.Sqlite;

namespace EntityGraph.Storage.Sqlite;

/// <summary>The row writes of one document: the document itself, its mentions, alias search terms and automatic tags.</summary>
internal static class DocumentRows
{
    public static async Task SaveDocumentAsync(SqliteConnection connection, SqliteTransaction transaction, DocumentWrite write, DocumentWriteOutcome outcome, long now, CancellationToken cancellationToken = default)
    {
        var text = outcome == DocumentWriteOutcome.Created
            ? """
              INSERT INTO documents (id, language, language_confidence, title, source, content_hash, text, used_fallback, created_at, updated_at)
              VALUES (@doc, @language, @confidence, @title, @source, @hash, @text, @fallback, @now, @now);
              """
            : """
              UPDATE documents
              SET language = @language, language_confidence = @confidence, title = @title, source = @source,
                  content_hash = @hash, text = @text, used_fallback = @fallback, updated_at = @now
              WHERE id = @doc;
              """;
        await using var command = Sql.Command(connection, transaction, text);
        command.Parameters.AddWithValue("@doc", write.Id);
        command.Parameters.AddWithValue("@language", write.Language);
        command.Parameters.AddWithValue("@confidence", write.LanguageConfidence);
        command.Parameters.AddWithValue("@title", Sql.ToDb(write.Title));
        command.Parameters.AddWithValue("@source", Sql.ToDb(write.Source));
        command.Parameters.AddWithValue("@hash", write.ContentHash);
        command.Parameters.AddWithValue("@text", write.Text);
        command.Parameters.AddWithValue("@fallback", write.UsedFallbackModel);
        command.Parameters.AddWithValue("@now", now);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public static async Task InsertMentionsAsync(SqliteConnection connection, SqliteTransaction transaction, DocumentWrite write, CancellationToken cancellationToken = default)
    {
        if (write.Mentions.Count == 0)
        {
            return;
        }

        await using var command = Sql.Command(connection, transaction, """
            INSERT INTO mentions (document_id, entity_id, start_offset, end_offset, text, type, confidence, model_id, language)
            VALUES (@doc, @entity, @start, @end, @text, @type, @confidence, @model, @language);
            """);
        command.Parameters.AddWithValue("@doc", write.Id);
        var entity = command.Parameters.Add("@entity", SqliteType.Text);
        var start = command.Parameters.Add("@start", SqliteType.Integer);
        var end = command.Parameters.Add("@end", SqliteType.Integer);
        var text = command.Parameters.Add("@text", SqliteType.Text);
        var type = command.Parameters.Add("@type", SqliteType.Text);
        var confidence = command.Parameters.Add("@confidence", SqliteType.Real);
        var model = command.Parameters.Add("@model", SqliteType.Text);
        var language = command.Parameters.Add("@language", SqliteType.Text);
        foreach (var mention in write.Mentions.OrderBy(mention => mention.Start).ThenBy(mention => mention.End))
        {
            (entity.Value, start.Value, end.Value, text.Value) = (mention.EntityId, mention.Start, mention.End, mention.Text);
            (type.Value, confidence.Value, model.Value, language.Value) = (mention.Type, mention.Confidence, mention.ModelId, mention.Language);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public static async Task InsertAliasTermsAsync(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<MentionWrite> mentions, CancellationToken cancellationToken = default)
    {
        var aliases = mentions.Select(mention => (mention.EntityId, mention.Text, mention.Language)).Distinct().ToList();
        if (aliases.Count == 0)
        {
            return;
        }

        await using var command = Sql.Command(connection, transaction, """
            INSERT OR IGNORE INTO alias_terms (term, entity_id, name, language) VALUES (@term, @entity, @name, @language);
            """);
        var term = command.Parameters.Add("@term", SqliteType.Text);
        var entity = command.Parameters.Add("@entity", SqliteType.Text);
        var name = command.Parameters.Add("@name", SqliteType.Text);
        var language = command.Parameters.Add("@language", SqliteType.Text);
        foreach (var alias in aliases)
        {
            (entity.Value, name.Value, language.Value) = (alias.EntityId, alias.Text, alias.Language);
            foreach (var value in SearchTerms.ForName(alias.Text))
            {
                term.Value = value;
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public static async Task InsertAutomaticTagsAsync(SqliteConnection connection, SqliteTransaction transaction, DocumentWrite write, CancellationToken cancellationToken = default)
    {
        if (write.AutomaticTags.Count == 0)
        {
            return;
        }

        await using var command = Sql.Command(connection, transaction, """
            INSERT INTO tags (document_id, name, manual, score) VALUES (@doc, @name, 0, @score)
            ON CONFLICT (document_id, name) DO NOTHING;
            """);
        command.Parameters.AddWithValue("@doc", write.Id);
        var name = command.Parameters.Add("@name", SqliteType.Text);
        var score = command.Parameters.Add("@score", SqliteType.Real);
        foreach (var tag in write.AutomaticTags)
        {
            (name.Value, score.Value) = (tag.Name.Trim(), tag.Score);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
