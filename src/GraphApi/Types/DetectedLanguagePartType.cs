using EntityGraph.Grains;
using GraphQL.Types;

namespace EntityGraph.GraphApi.Types;

/// <summary>A part of a document's text in one language, as language detection splits it.</summary>
public sealed class DetectedLanguagePartType : ObjectGraphType<DetectedLanguagePart>
{
    public DetectedLanguagePartType()
    {
        Name = "DocumentLanguagePart";
        Description = "A part of a document's text in one language, as language detection splits it.";
        Field<NonNullGraphType<IntGraphType>>("start").Description("UTF-16 offset, inclusive.").Resolve(context => context.Source.Start);
        Field<NonNullGraphType<IntGraphType>>("end").Description("UTF-16 offset, exclusive.").Resolve(context => context.Source.End);
        Field<NonNullGraphType<StringGraphType>>("language").Description("ISO 639-1 code, or 'und'.").Resolve(context => context.Source.Language);
        Field<NonNullGraphType<FloatGraphType>>("confidence").Resolve(context => context.Source.Confidence);
    }
}
