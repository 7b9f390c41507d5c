using EntityGraph.Storage;
using GraphQL.Types;

namespace EntityGraph.GraphApi.Types;

/// <summary>A failed job item: where it came from and why.</summary>
public sealed class JobFailureType : ObjectGraphType<JobItemRecord>
{
    public JobFailureType()
    {
        Name = "JobFailure";
        Field<NonNullGraphType<StringGraphType>>("origin").Description("The file, \"file.jsonl:LINE\", or the inline document's id.").Resolve(context => context.Source.Origin);
        Field<IdGraphType>("documentId").Resolve(context => context.Source.DocumentId);
        Field<NonNullGraphType<StringGraphType>>("code").Resolve(context => context.Source.Code ?? "");
        Field<NonNullGraphType<StringGraphType>>("message").Resolve(context => context.Source.Message ?? "");
    }
}
