using System.Text.Json;

namespace EntityGraph.Export.Feedback;

/// <summary>
/// Writes the documents whose review is complete (optionally of one language and/or domain) as training data, exactly as
/// reviewed: JSONL (one document a line) or IOB2 (the project's words and sentences).
/// </summary>
public sealed class FeedbackExporter(IReviewStore store)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    public async Task<FeedbackExportResult> ExportAsync(FeedbackQuery query, string format, TextWriter writer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(writer);
        if (!FeedbackFormats.All.Contains(format, StringComparer.Ordinal))
        {
            throw new ArgumentException($"Unknown feedback format '{format}' (supported: {string.Join(", ", FeedbackFormats.All)}).", nameof(format));
        }

        int documents = 0, entities = 0, sentences = 0;
        await foreach (var reviewed in store.StreamReviewedDocumentsAsync(query, cancellationToken).ConfigureAwait(false))
        {
            var document = FeedbackDocument.From(reviewed);
            if (format == FeedbackFormats.Jsonl)
            {
                await writer.WriteAsync(JsonSerializer.Serialize(document, Json).AsMemory(), cancellationToken).ConfigureAwait(false);
                await writer.WriteAsync('\n').ConfigureAwait(false);
            }
            else
            {
                sentences += await FeedbackIob2Writer.WriteAsync(document, writer, cancellationToken).ConfigureAwait(false);
            }

            documents++;
            entities += document.Entities.Count;
        }

        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        return new FeedbackExportResult(documents, entities, sentences);
    }
}

/// <summary>What a feedback export wrote: documents, entity spans and (IOB2) sentences.</summary>
public sealed record FeedbackExportResult(int Documents, int Entities, int Sentences);
