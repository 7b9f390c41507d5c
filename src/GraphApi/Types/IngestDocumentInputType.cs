using EntityGraph.Grains;
using GraphQL.Types;

namespace EntityGraph.GraphApi.Types;

public sealed class IngestDocumentInputType : InputObjectGraphType<IngestDocumentInput>
{
    public IngestDocumentInputType()
    {
        Name = "IngestDocumentInput";
        Description = "A document to process and store. Ingesting the same id and text again changes nothing.";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<NonNullGraphType<StringGraphType>>("text");
        Field<StringGraphType>("language").Description("ISO 639-1 code; detected when left out.");
        Field<StringGraphType>("title");
        Field<StringGraphType>("source");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("tags").Description("Manual tags to attach.");
        Field<AccuracyType>("accuracy").DefaultValue(ExtractionAccuracy.Best);
        Field<StringGraphType>("domain").Description("The document's domain (lowercase letters, digits, '-', '_'; for example politics): its reviewed mentions become that domain's feedback.");
        Field<BooleanGraphType>("redact").DefaultValue(false)
            .Description("Redact the text and title with the configured operators before anything else: the personal data never reaches the store.");
        Field<ListGraphType<NonNullGraphType<AnnotatedMentionInputType>>>("mentions")
            .Description("Annotated mentions: when given, no model runs and these are linked and stored as they are; language is then required.");
    }
}
