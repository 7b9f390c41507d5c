using EntityGraph.GraphApi.Connections;
using EntityGraph.GraphApi.Errors;
using EntityGraph.GraphApi.Loaders;
using EntityGraph.GraphApi.Options;
using EntityGraph.GraphApi.Security;
using EntityGraph.GraphApi.Types;
using EntityGraph.Grains;
using EntityGraph.Security;
using EntityGraph.Storage;
using GraphQL;
using GraphQL.Types;

namespace EntityGraph.GraphApi.Schema;

/// <summary>
/// Batch jobs: <c>job</c> and <c>jobs</c> (readers) read the store, so any silo answers them; <c>startIngestJob</c> and
/// <c>cancelJob</c> (editors) go through the job's grain (<see cref="IIngestJobGrain"/>), which runs the job in the
/// background and is resumed by every silo when the one running it stopped.
/// </summary>
internal static class JobFields
{
    public static void RegisterQueries(ObjectGraphType query, GraphApiOptions limits)
    {
        query.Field<JobType>("job")
            .RequiresRole(ApiRoles.Reader)
            .Description("A job by id; null with a NOT_FOUND error when there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context =>
            {
                var id = MutationType.RequireId(context.GetArgument<string>("id"), "id");
                return await context.Store().GetJobAsync(id, context.CancellationToken) ?? throw ApiError.NotFound("job", id);
            });

        query.Field<NonNullGraphType<JobConnectionType>>("jobs")
            .RequiresRole(ApiRoles.Reader)
            .Description("Jobs, newest first, optionally only those in one state.")
            .Argument<JobStateType>("state")
            .PagingArguments(limits)
            .ResolveAsync(async context =>
            {
                var page = PageRequest.From(context, limits);
                var query = new JobQuery(context.GetArgument<string?>("state"), page.First, page.Offset);
                return (object)RelayConnection<JobRecord>.FromPage(await context.Store().ListJobsAsync(query, context.CancellationToken));
            });
    }

    public static void RegisterMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<JobType>>("startIngestJob")
            .RequiresRole(ApiRoles.Editor)
            .Description(
                "Starts a batch ingest of files, folders and globs read on the silo that runs the job (paths), or of inline documents " +
                "(documents, stored with the job): exactly one of the two. Returns the QUEUED job at once; watch it with job(id). A path " +
                "that does not exist is a failed item (FILE_NOT_FOUND) of the job, as with entitygraph ingest.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("paths")
            .Argument<ListGraphType<NonNullGraphType<IngestDocumentInputType>>>("documents")
            .Argument<IngestJobOptionsInputType>("options")
            .ResolveAsync(async context =>
            {
                var paths = context.GetArgument<List<string>?>("paths");
                var documents = context.GetArgument<List<IngestDocumentInput>?>("documents");
                var options = context.GetArgument<IngestJobOptionsInput?>("options") ?? new IngestJobOptionsInput();
                if ((paths is { Count: > 0 }) == (documents is { Count: > 0 }))
                {
                    throw ApiError.InvalidInput("Give either paths or documents (one of the two, not empty).");
                }

                var inputs = documents?.Select(ToDocument).ToList();
                var request = new IngestJobRequest(
                    paths?.Select(path => path.Trim()).ToList(),
                    inputs,
                    new IngestJobOptions(options.Accuracy, MutationType.Blank(options.Language), MutationType.Blank(options.Domain), options.Redact, options.Parallelism),
                    context.Actor());
                var id = "job-" + Guid.NewGuid().ToString("N");
                await context.Grains().GetGrain<IIngestJobGrain>(id).StartAsync(request, context.CancellationToken);
                return await context.Store().GetJobAsync(id, context.CancellationToken) ?? throw ApiError.NotFound("job", id);
            });

        mutation.Field<NonNullGraphType<JobType>>("cancelJob")
            .RequiresRole(ApiRoles.Editor)
            .Description("Cancels a queued or running job: it takes no more items (documents already stored stay). NOT_FOUND for an unknown job, INVALID_JOB_STATE for a finished one.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context =>
            {
                var id = MutationType.RequireId(context.GetArgument<string>("id"), "id");
                await context.Grains().GetGrain<IIngestJobGrain>(id).CancelAsync(context.CancellationToken);
                return await context.Store().GetJobAsync(id, context.CancellationToken) ?? throw ApiError.NotFound("job", id);
            });
    }

    private static DocumentInput ToDocument(IngestDocumentInput input)
    {
        var id = MutationType.RequireId(input.Id, "documents.id");
        var mentions = input.Mentions?.Select(m => new MentionInput(m.Start, m.End, m.Type, m.Confidence ?? 1.0)).ToArray();
        return new DocumentInput(id, input.Text, MutationType.Blank(input.Language), MutationType.Blank(input.Title), MutationType.Blank(input.Source), input.Tags?.ToArray(), input.Accuracy, mentions, null, MutationType.Blank(input.Domain), input.Redact);
    }
}
