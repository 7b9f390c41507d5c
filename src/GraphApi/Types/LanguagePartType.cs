using EntityGraph.Grains;
using GraphQL.Types;

namespace EntityGraph.GraphApi.Types;

public sealed class LanguagePartType : ObjectGraphType<LanguagePart>
{
    public LanguagePartType()
    {
        Name = "LanguagePart";
        Description = "A span of the text in one language and the model that served it.";
        Field<NonNullGraphType<IntGraphType>>("start").Resolve(context => context.Source.Start);
        Field<NonNullGraphType<IntGraphType>>("end").Resolve(context => context.Source.End);
        Field<NonNullGraphType<StringGraphType>>("language").Resolve(context => context.Source.Language);
        Field<NonNullGraphType<FloatGraphType>>("confidence").Resolve(context => context.Source.Confidence);
        Field<NonNullGraphType<StringGraphType>>("modelId").Resolve(context => context.Source.ModelId);
        Field<NonNullGraphType<BooleanGraphType>>("usedFallback").Resolve(context => context.Source.UsedFallback);
    }
}
