using EntityGraph.GraphApi.Loaders;
using EntityGraph.Storage;
using GraphQL.Types;

namespace EntityGraph.GraphApi.Types;

public sealed class RelatedDocumentType : ObjectGraphType<RelatedDocumentRecord>
{
    public RelatedDocumentType()
    {
        Name = "RelatedDocument";
        Description = "A document related by shared entities, with its score and the entities that explain it.";
        Field<NonNullGraphType<DocumentType>>("document").Resolve(context => context.Loaders().Documents.Load(context.Source.DocumentId));
        Field<NonNullGraphType<FloatGraphType>>("score").Resolve(context => context.Source.Score);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityType>>>>("sharedEntities")
            .Resolve(context => context.Loaders().Entities.LoadMany(context.Source.SharedEntityIds));
    }
}
