using System.Data.Common;
using System.Runtime.CompilerServices;

namespace EntityGraph.Storage.Relational.Review;

/// <summary>Mentions by id and by document (rejected ones included), the review queue, the review log and the feedback stream.</summary>
internal sealed class ReviewReader(RelationalBackend backend)
{
    public async Task<MentionRecord?> GetMentionAsync(long mentionId, CancellationToken cancellationToken = default)
    {
        await using var connection = await backend.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await FindAsync(connection, null, mentionId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<MentionRecord>> GetAllMentionsAsync(string documentId, CancellationToken cancellationToken = default)
    {
        QueryArguments.RequireId(documentId, "The document id");
        await using var connection = await backend.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ReadDocumentAsync(connection, null, documentId, linkedOnly: false, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Page<MentionRecord>> GetQueueAsync(ReviewQueueQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        QueryArguments.Validate(query.First, query.Offset);
        await using var connection = await backend.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        var page = new PagedQuery(command).Where("m.status = @status", "@status", MentionStatus.InReview);
        if (!string.IsNullOrWhiteSpace(query.Language))
        {
            page.Where("m.language = @language", "@language", query.Language.Trim());
        }

        if (!string.IsNullOrWhiteSpace(query.Type))
        {
            page.Where("m.type = @type", "@type", query.Type.Trim());
        }

        if (!string.IsNullOrWhiteSpace(query.DocumentId))
        {
            page.Where("m.document_id = @doc", "@doc", query.DocumentId.Trim());
        }

        var order = query.Order == ReviewOrder.Uncertainty
            ? "COALESCE(m.accept_threshold, 1.0) - m.confidence, m.id"
            : "m.id";
        return await page.ReadAsync(RecordMapping.MentionColumns, "mention_rows m", order, query.First, query.Offset, RecordMapping.ReadMention, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyDictionary<long, IReadOnlyList<MentionReviewRecord>>> GetReviewsAsync(IReadOnlyCollection<long> mentionIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mentionIds);
        await using var connection = await backend.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ReviewLog.ReadForMentionsAsync(connection, mentionIds, cancellationToken).ConfigureAwait(false);
    }

    public async IAsyncEnumerable<ReviewedDocumentRecord> StreamReviewedAsync(FeedbackQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await backend.OpenAsync(cancellationToken).ConfigureAwait(false);
        var documents = new List<DocumentRecord>();
        await using (var command = connection.CreateCommand())
        {
            var conditions = new List<string> { "d.reviewed_at IS NOT NULL" };
            if (!string.IsNullOrWhiteSpace(query.Language))
            {
                conditions.Add("d.language = @language");
                command.Add("@language", query.Language.Trim());
            }

            if (!string.IsNullOrWhiteSpace(query.Domain))
            {
                conditions.Add("d.domain = @domain");
                command.Add("@domain", query.Domain.Trim());
            }

            command.CommandText = $"SELECT {RecordMapping.DocumentColumns(backend.Dialect)} FROM documents d WHERE {string.Join(" AND ", conditions)} ORDER BY d.id;";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                documents.Add(RecordMapping.ReadDocument(reader));
            }
        }

        foreach (var document in documents)
        {
            var mentions = await ReadDocumentAsync(connection, null, document.Id, linkedOnly: true, cancellationToken).ConfigureAwait(false);
            yield return new ReviewedDocumentRecord(document, mentions);
        }
    }

    /// <summary>A mention row by id, whatever its status.</summary>
    public static async Task<MentionRecord?> FindAsync(DbConnection connection, DbTransaction? transaction, long mentionId, CancellationToken cancellationToken = default)
    {
        await using var command = Sql.Command(connection, transaction, $"SELECT {RecordMapping.MentionColumns} FROM mention_rows m WHERE m.id = @id;");
        command.Add("@id", mentionId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? RecordMapping.ReadMention(reader) : null;
    }

    private static async Task<IReadOnlyList<MentionRecord>> ReadDocumentAsync(DbConnection connection, DbTransaction? transaction, string documentId, bool linkedOnly, CancellationToken cancellationToken = default)
    {
        var source = linkedOnly ? "mentions" : "mention_rows";
        await using var command = Sql.Command(connection, transaction, $"SELECT {RecordMapping.MentionColumns} FROM {source} m WHERE m.document_id = @doc ORDER BY m.start_offset, m.end_offset, m.id;");
        command.Add("@doc", documentId.Trim());
        var mentions = new List<MentionRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            mentions.Add(RecordMapping.ReadMention(reader));
        }

        return mentions;
    }
}
