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
    /// The format a document came in: its origin's reader format (<c>pdf</c>, <c>docx</c>, <c>jsonl</c>, ...) when ingest
    /// read it from a file, else the extension at the end of its source, else <c>text</c> (API documents).
    /// </summary>
    public static string FormatOf(DocumentInput input)
    {
        if (input.Origin?.Format is { Length: > 0 } format)
        {
            return format;
        }

        return EntityGraphMetrics.FormatOfPath(input.Source, "text");
    }
}
