using EntityGraph.PiiCorpus.Templates;

namespace EntityGraph.PiiCorpus.Generation;

/// <summary>A filled template: its role in the document and its pieces.</summary>
internal sealed record SentenceDraft(TemplateRole Role, IReadOnlyList<DraftPiece> Pieces);
