using EntityGraph.Storage;

namespace EntityGraph.Grains.Documents;

/// <summary>Rebuilds the extraction result of an unchanged document from what the store holds.</summary>
internal static class StoredExtraction
{
    public static ExtractionResult FromStore(DocumentRecord document, IReadOnlyList<MentionRecord> mentions)
    {
        var entities = mentions
            .Select(m => new ExtractedEntity(m.Start, m.End, m.Text, m.Type, m.Confidence, m.ModelId, m.Language, m.EntityId))
            .ToList();
        var modelId = mentions.Count > 0 ? mentions[0].ModelId : string.Empty;
        var part = new LanguagePart(0, document.Text.Length, document.Language, document.LanguageConfidence, modelId, document.UsedFallbackModel);
        return new ExtractionResult(document.Language, document.LanguageConfidence, document.UsedFallbackModel, entities, [part]);
    }
}
