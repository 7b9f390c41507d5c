using EntityGraph.GraphApi.Loaders;
using EntityGraph.Storage;
using GraphQL.Types;

namespace EntityGraph.GraphApi.Types;

public sealed class RelatedEntityType : ObjectGraphType<RelatedEntityRecord>
{
    public RelatedEntityType()
    {
        Name = "RelatedEntity";
        Description = "An entity co-occurring with another, with its association score (normalized PMI in [-1,1]), the number of shared documents and some of them.";
        Field<NonNullGraphType<EntityType>>("entity").Resolve(context => context.Loaders().Entities.Load(context.Source.EntityId));
        Field<NonNullGraphType<FloatGraphType>>("score").Resolve(context => context.Source.Score);
        Field<NonNullGraphType<IntGraphType>>("coOccurrenceCount").Resolve(context => context.Source.CoOccurrenceCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentType>>>>("sharedDocuments")
            .Description("Up to 5 documents mentioning both entities, newest first: the evidence for the score.")
            .Resolve(context => context.Loaders().Documents.LoadMany(context.Source.SharedDocumentIds ?? []));
    }
}
