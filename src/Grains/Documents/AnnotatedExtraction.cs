namespace EntityGraph.Grains.Documents;

/// <summary>The extraction result of a document that came with annotated mentions: the mentions as given, no model.</summary>
internal static class AnnotatedExtraction
{
    public const string ModelId = "annotated";

    public static ExtractionResult From(ValidatedDocument document, IReadOnlyList<MentionInput> mentions)
    {
        var language = document.Language ?? throw new InvalidOperationException("Annotated documents are validated to carry a language.");
        var entities = mentions
            .Select(m => new ExtractedEntity(m.Start, m.End, document.Text[m.Start..m.End], m.Type, m.Confidence, ModelId, language))
            .ToList();
        return new ExtractionResult(language, 1.0, false, entities, [new LanguagePart(0, document.Text.Length, language, 1.0, ModelId, false)]);
    }
}
