using EntityGraph.Grains;
using GraphQL.Types;

namespace EntityGraph.GraphApi.Types;

public sealed class ExtractionResultType : ObjectGraphType<ExtractionResult>
{
    public ExtractionResultType()
    {
        Name = "ExtractionResult";
        Description = "Entities found in a text without storing anything.";
        Field<NonNullGraphType<StringGraphType>>("language").Description("Main language of the text (ISO 639-1, or 'und').").Resolve(context => context.Source.Language);
        Field<NonNullGraphType<FloatGraphType>>("languageConfidence").Resolve(context => context.Source.LanguageConfidence);
        Field<NonNullGraphType<BooleanGraphType>>("usedFallback")
            .Description("True when some part had no model of its own language (or none could be detected) and the multilingual fallback served it.")
            .Resolve(context => context.Source.UsedFallback);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LanguagePartType>>>>("parts").Resolve(context => context.Source.Parts);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ExtractedEntityType>>>>("entities").Resolve(context => context.Source.Entities);
    }
}
