using EntityGraph.Storage;
using EntityGraph.Telemetry.Metrics;

namespace EntityGraph.Grains.Documents;

/// <summary>What one document's ingest adds to the <c>EntityGraph</c> meter: the document, its mentions by status, its latency, or its failure.</summary>
internal static class IngestMetrics
{
    /// <summary>A document that was written (created or updated): counted by format and outcome, its mentions by language, type and status.</summary>
    public static void Written(DocumentInput input, DocumentWrite write, DocumentWriteOutcome outcome, ExtractionResult extraction, TimeSpan elapsed)
    {
        if (outcome == DocumentWriteOutcome.Unchanged)
        {
            return;
        }

        EntityGraphMetrics.DocumentIngested(FormatOf(input), outcome.ToString().ToLowerInvariant());
        foreach (var group in write.Mentions.GroupBy(m => (m.Language, m.Type, m.Status)))
        {
            EntityGraphMetrics.MentionsWritten(group.Key.Language, group.Key.Type, group.Key.Status, group.Count());
        }

        foreach (var group in (write.Rejected ?? []).GroupBy(m => (m.Language, m.Type)))
        {
            EntityGraphMetrics.MentionsWritten(group.Key.Language, group.Key.Type, MentionStatus.Rejected, group.Count());
        }

        var main = extraction.Parts.OrderByDescending(p => p.End - p.Start).FirstOrDefault();
        EntityGraphMetrics.Ingested(main?.ModelId ?? "none", write.Language, elapsed);
    }

    /// <summary>A document the grain refused or failed on.</summary>
    public static void Failed(DocumentInput input, string code) => EntityGraphMetrics.DocumentFailed(FormatOf(input), code);

    /// <summary>
    /// The format a document came in, from the extension at the end of its source (a path, or <c>FILE#attachment-1/a.pdf</c>
    /// for an attachment): <c>pdf</c>, <c>docx</c>, ...; <c>text</c> when the source names none (API and JSONL documents).
    /// </summary>
    public static string FormatOf(DocumentInput input)
    {
        var extension = Path.GetExtension(input.Source ?? string.Empty).TrimStart('.').ToLowerInvariant();
        return extension.Length is > 0 and <= 5 && extension.All(char.IsAsciiLetterOrDigit) ? extension : "text";
    }
}
