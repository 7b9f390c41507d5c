using EntityGraph.Storage;
using GraphQL.Types;

namespace EntityGraph.GraphApi.Types;

public sealed class TagType : ObjectGraphType<TagRecord>
{
    public TagType()
    {
        Name = "Tag";
        Description = "A document tag: manual, or automatic from a salient entity with its salience score.";
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(context => context.Source.Name);
        Field<NonNullGraphType<BooleanGraphType>>("manual").Resolve(context => context.Source.Manual);
        Field<NonNullGraphType<FloatGraphType>>("score").Resolve(context => context.Source.Score);
    }
}
