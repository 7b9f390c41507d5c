using System.Globalization;
using EntityGraph.GraphApi.Loaders;
using EntityGraph.Storage;
using GraphQL.Types;

namespace EntityGraph.GraphApi.Types;

public sealed class LinkDecisionType : ObjectGraphType<LinkDecisionRecord>
{
    public LinkDecisionType()
    {
        Name = "LinkDecision";
        Description = """
            Why mentions were joined to an entity. kind: exact (stored key, known CLDR name or imported alias), alias, partial
            (surname, acronym, or first or last word of a stored name, with shared context), fuzzy (Jaro-Winkler above the threshold, with
            shared context), new, candidate (a new entity, with the close entity that was not taken: the review queue's input),
            in-document (a short form joined its full name in the document), or a curation: merge, split, rename, alias-added, import.
            """;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => context.Source.Id.ToString(CultureInfo.InvariantCulture));
        Field<NonNullGraphType<StringGraphType>>("kind").Resolve(context => context.Source.Kind);
        Field<NonNullGraphType<FloatGraphType>>("score").Description("Confidence of the link in [0,1].").Resolve(context => context.Source.Score);
        Field<NonNullGraphType<StringGraphType>>("reason").Resolve(context => context.Source.Reason);
        Field<NonNullGraphType<StringGraphType>>("surface").Description("The name that was linked.").Resolve(context => context.Source.Surface);
        Field<NonNullGraphType<IdGraphType>>("entityId").Resolve(context => context.Source.EntityId);
        Field<EntityType>("entity").Resolve(context => context.Loaders().Entities.Load(context.Source.EntityId));
        Field<IdGraphType>("candidateEntityId")
            .Description("For candidates, the close entity that was not taken; for merges and splits, the other entity.")
            .Resolve(context => context.Source.CandidateEntityId);
        Field<EntityType>("candidate")
            .Description("The candidate entity, when it still exists.")
            .Resolve(context => context.Source.CandidateEntityId is { } id ? context.Loaders().Entities.Load(id) : null);
        Field<DocumentType>("document").Resolve(context => context.Source.DocumentId is { } id ? context.Loaders().Documents.Load(id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityType>>>>("sharedEntities")
            .Description("Co-occurring entities that supported the link.")
            .Resolve(context => context.Loaders().Entities.LoadMany(context.Source.SharedEntityIds));
        Field<StringGraphType>("actor")
            .Description("The name of the API key whose request made the decision (ingest or curation); null when made without a key (protected mode, the command line).")
            .Resolve(context => context.Source.Actor);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Resolve(context => context.Source.CreatedAt);
    }
}
