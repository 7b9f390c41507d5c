using EntityGraph.Grains;
using GraphQL.Types;

namespace EntityGraph.GraphApi.Types;

public sealed class ModelType : ObjectGraphType<ModelSummary>
{
    public ModelType()
    {
        Name = "Model";
        Description = "A NER model the answering silo can serve, with its routes, measured dev F1 and calibration.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => context.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("version").Description("\"shipped\" for the models folder's models; v1, v2... for promoted versions.").Resolve(context => context.Source.Version);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("languages").Resolve(context => context.Source.Languages);
        Field<NonNullGraphType<StringGraphType>>("tier").Description("best or fast: the tier it was built for.").Resolve(context => context.Source.Tier);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("routes")
            .Description("The routes it serves now, as LANGUAGE:TIER or LANGUAGE:TIER:DOMAIN (configured pins and activations included).")
            .Resolve(context => context.Source.Routes);
        Field<NonNullGraphType<BooleanGraphType>>("fallback").Description("Whether it serves languages without a route.").Resolve(context => context.Source.IsFallback);
        Field<NonNullGraphType<LongGraphType>>("sizeBytes").Resolve(context => context.Source.SizeBytes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DevScoreType>>>>("devScores")
            .Description("Strict entity-level F1 measured on dev sets, by dev set.")
            .Resolve(context => context.Source.DevF1.OrderBy(score => score.Key, StringComparer.Ordinal).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("calibratedOn")
            .Description("Dev sets its confidence calibration was fitted on; empty when its confidences are uncalibrated.")
            .Resolve(context => context.Source.CalibratedOn);
        Field<StringGraphType>("domain").Description("The domain a promoted version serves; null for general models.").Resolve(context => context.Source.Domain);
        Field<NonNullGraphType<BooleanGraphType>>("loaded").Description("Whether the answering silo has loaded it (models load on first use).").Resolve(context => context.Source.Loaded);
    }
}
