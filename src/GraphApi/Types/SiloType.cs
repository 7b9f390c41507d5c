using EntityGraph.Grains;
using GraphQL.Types;

namespace EntityGraph.GraphApi.Types;

public sealed class SiloType : ObjectGraphType<SiloView>
{
    public SiloType()
    {
        Name = "Silo";
        Description = "One silo of the cluster: what it hosts and has served since it started.";
        Field<NonNullGraphType<StringGraphType>>("address").Description("Orleans address (ip:port@generation).").Resolve(context => context.Source.Address);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(context => context.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("status").Description("ACTIVE, JOINING, SHUTTINGDOWN, DEAD, or NOT_ANSWERING.").Resolve(context => context.Source.Status);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("languages").Description("Languages whose models it hosts; * for all.").Resolve(context => context.Source.Languages);
        Field<NonNullGraphType<BooleanGraphType>>("hostsFallback").Description("Whether it hosts the multilingual fallback.").Resolve(context => context.Source.HostsFallback);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("loadedModels").Description("Models loaded so far (models load on first use).").Resolve(context => context.Source.LoadedModels);
        Field<NonNullGraphType<IntGraphType>>("activations").Description("EntityGraph grain activations on the silo.").Resolve(context => context.Source.Activations);
        Field<NonNullGraphType<LongGraphType>>("extractionsServed").Description("Language parts extracted on the silo since it started.").Resolve(context => context.Source.ExtractionsServed);
    }
}
