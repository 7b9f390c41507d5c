using EntityGraph.GraphApi.Loaders;
using EntityGraph.Storage;
using GraphQL.Types;

namespace EntityGraph.GraphApi.Types;

public sealed class IngestDocumentPayloadType : ObjectGraphType<IngestDocumentPayload>
{
    public IngestDocumentPayloadType()
    {
        Name = "IngestDocumentPayload";
        Field<NonNullGraphType<IngestOutcomeType>>("outcome")
            .Resolve(context => Enum.Parse<DocumentWriteOutcome>(context.Source.Result.Outcome, ignoreCase: true));
        Field<NonNullGraphType<IdGraphType>>("documentId").Resolve(context => context.Source.Result.DocumentId);
        Field<DocumentType>("document")
            .Description("The document as stored now, with its entities.")
            .Resolve(context => context.Loaders().Documents.Load(context.Source.Result.DocumentId));
        Field<NonNullGraphType<StringGraphType>>("language").Resolve(context => context.Source.Result.Extraction.Language);
        Field<NonNullGraphType<FloatGraphType>>("languageConfidence").Resolve(context => context.Source.Result.Extraction.LanguageConfidence);
        Field<NonNullGraphType<BooleanGraphType>>("usedFallback").Resolve(context => context.Source.Result.Extraction.UsedFallback);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LanguagePartType>>>>("parts").Resolve(context => context.Source.Result.Extraction.Parts);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ExtractedEntityType>>>>("entities")
            .Description("The mentions found, each linked to its stored entity.")
            .Resolve(context => context.Source.Result.Extraction.Entities);
    }
}
