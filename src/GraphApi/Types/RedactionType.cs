using EntityGraph.Grains;
using GraphQL.Types;

namespace EntityGraph.GraphApi.Types;

public sealed class RedactionType : ObjectGraphType<RedactionOutcome>
{
    public RedactionType()
    {
        Name = "Redaction";
        Description = "A redacted text and what was redacted in it.";
        Field<NonNullGraphType<StringGraphType>>("text").Description("The redacted text.").Resolve(context => context.Source.Text);
        Field<NonNullGraphType<StringGraphType>>("language").Description("The language the text was read in (given or detected).").Resolve(context => context.Source.Language);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RedactionItemType>>>>("items").Resolve(context => context.Source.Items);
    }
}
