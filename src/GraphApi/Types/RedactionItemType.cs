using EntityGraph.Grains;
using GraphQL.Types;

namespace EntityGraph.GraphApi.Types;

public sealed class RedactionItemType : ObjectGraphType<RedactionItem>
{
    public RedactionItemType()
    {
        Name = "RedactionItem";
        Description = "One redacted span; offsets are UTF-16 code units.";
        Field<NonNullGraphType<StringGraphType>>("type").Resolve(context => context.Source.Type);
        Field<NonNullGraphType<StringGraphType>>("operator").Resolve(context => context.Source.Operator);
        Field<NonNullGraphType<FloatGraphType>>("score").Resolve(context => context.Source.Score);
        Field<NonNullGraphType<IntGraphType>>("start").Description("Start in the input text.").Resolve(context => context.Source.Start);
        Field<NonNullGraphType<IntGraphType>>("end").Description("End (exclusive) in the input text.").Resolve(context => context.Source.End);
        Field<NonNullGraphType<IntGraphType>>("outputStart").Description("Start of the replacement in the redacted text.").Resolve(context => context.Source.OutputStart);
        Field<NonNullGraphType<IntGraphType>>("outputEnd").Description("End (exclusive) of the replacement in the redacted text.").Resolve(context => context.Source.OutputEnd);
        Field<NonNullGraphType<StringGraphType>>("recognizer").Description("What found it: a recognizer (pii/iban, rules/email...), a model id, or propagation (another occurrence of a detected value).").Resolve(context => context.Source.Recognizer);
        Field<StringGraphType>("original").Description("The original text of the span; only with includeOriginal.").Resolve(context => context.Source.Original);
    }
}
