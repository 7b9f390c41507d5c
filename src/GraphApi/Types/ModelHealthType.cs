using EntityGraph.Grains;
using GraphQL.Types;

namespace EntityGraph.GraphApi.Types;

public sealed class ModelHealthType : ObjectGraphType<ModelHealthView>
{
    public ModelHealthType()
    {
        Name = "ModelHealth";
        Description = "Drift of one model in one language on one silo: its recent entities against the model's dev baseline, by population stability index (PSI).";
        Field<NonNullGraphType<StringGraphType>>("silo").Description("The silo whose window this is.").Resolve(context => context.Source.Silo);
        Field<NonNullGraphType<StringGraphType>>("model").Resolve(context => context.Source.Model);
        Field<NonNullGraphType<StringGraphType>>("language").Resolve(context => context.Source.Language);
        Field<NonNullGraphType<IntGraphType>>("windowEntities").Description("Entities in the rolling window (EntityGraph:Drift:Window at most).").Resolve(context => context.Source.WindowEntities);
        Field<NonNullGraphType<LongGraphType>>("entitiesSeen").Description("Entities recognized since the silo started.").Resolve(context => context.Source.EntitiesSeen);
        Field<NonNullGraphType<IntGraphType>>("baselineEntities").Description("Entities the dev baseline was computed from; 0 when the model has none.").Resolve(context => context.Source.BaselineEntities);
        Field<FloatGraphType>("confidencePsi").Description("PSI of the calibrated confidences (10 bins); null until the window holds EntityGraph:Drift:MinEntities entities, or without a baseline.").Resolve(context => context.Source.ConfidencePsi);
        Field<FloatGraphType>("typePsi").Description("PSI of the entity-type mix; null as confidencePsi.").Resolve(context => context.Source.TypePsi);
        Field<NonNullGraphType<FloatGraphType>>("threshold").Description("EntityGraph:Drift:Threshold (default 0.2).").Resolve(context => context.Source.Threshold);
        Field<NonNullGraphType<BooleanGraphType>>("drifting").Description("Whether either PSI is above the threshold.").Resolve(context => context.Source.Drifting);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FloatGraphType>>>>("confidence").Description("The window's share per confidence bin [0,0.1) ... [0.9,1].").Resolve(context => context.Source.Confidence);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FloatGraphType>>>>("baselineConfidence").Description("The baseline's share per confidence bin (empty without a baseline).").Resolve(context => context.Source.BaselineConfidence);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TypeShareType>>>>("types").Description("The window's share per entity type.").Resolve(context => Shares(context.Source.Types));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TypeShareType>>>>("baselineTypes").Description("The baseline's share per entity type.").Resolve(context => Shares(context.Source.BaselineTypes));
    }

    private static List<KeyValuePair<string, double>> Shares(IReadOnlyDictionary<string, double> shares) =>
        shares.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToList();
}
