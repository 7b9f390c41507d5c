using GraphQL.Types;

namespace EntityGraph.GraphApi.Types;

public sealed class DevScoreType : ObjectGraphType<KeyValuePair<string, double>>
{
    public DevScoreType()
    {
        Name = "DevScore";
        Description = "A model's strict entity-level F1 (percent) on one dev set.";
        Field<NonNullGraphType<StringGraphType>>("devSet").Resolve(context => context.Source.Key);
        Field<NonNullGraphType<FloatGraphType>>("f1").Resolve(context => context.Source.Value);
    }
}
