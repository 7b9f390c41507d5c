using GraphQL.Types;

namespace EntityGraph.GraphApi.Types;

public sealed class AnnotatedMentionInputType : InputObjectGraphType<AnnotatedMentionInput>
{
    public AnnotatedMentionInputType()
    {
        Name = "AnnotatedMentionInput";
        Description = "An entity mention found elsewhere: a span in UTF-16 code units of the text, its type and confidence (default 1).";
        Field<NonNullGraphType<IntGraphType>>("start");
        Field<NonNullGraphType<IntGraphType>>("end");
        Field<NonNullGraphType<StringGraphType>>("type");
        Field<FloatGraphType>("confidence");
    }
}
