using GraphQL.Types;

namespace EntityGraph.GraphApi.Types;

/// <summary>One named fact of a document's origin (GraphQL <c>MetadataEntry</c>).</summary>
public sealed class MetadataEntryType : ObjectGraphType<KeyValuePair<string, string>>
{
    public MetadataEntryType()
    {
        Name = "MetadataEntry";
        Description = "One named fact of a document's format (for example charset, author, messageId).";
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(context => context.Source.Key);
        Field<NonNullGraphType<StringGraphType>>("value").Resolve(context => context.Source.Value);
    }
}
