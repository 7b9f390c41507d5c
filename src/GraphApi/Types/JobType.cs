using EntityGraph.GraphApi.Loaders;
using EntityGraph.Storage;
using GraphQL;
using GraphQL.Types;

namespace EntityGraph.GraphApi.Types;

/// <summary>A batch job: its state, times, counts and failed items.</summary>
public sealed class JobType : ObjectGraphType<JobRecord>
{
    /// <summary>Most failures one <c>failures</c> field returns.</summary>
    public const int MaxFailures = 1_000;

    public JobType()
    {
        Name = "Job";
        Description = "A batch job (startIngestJob). Counts are recorded with the items, so processed/total is the job's progress; a job survives a silo restart and goes on where its items say.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => context.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("kind").Description("What the job does: ingest.").Resolve(context => context.Source.Kind);
        Field<NonNullGraphType<JobStateType>>("state").Resolve(context => context.Source.State);
        Field<StringGraphType>("actor").Description("The API key's name that started the job; null without a key.").Resolve(context => context.Source.Actor);
        Field<StringGraphType>("error").Description("Why a FAILED job failed.").Resolve(context => context.Source.Error);
        Field<NonNullGraphType<StringGraphType>>("options").Description("The job's paths and options, as the JSON object stored with it.").Resolve(context => context.Source.Options);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Resolve(context => context.Source.CreatedAt);
        Field<DateTimeOffsetGraphType>("startedAt").Resolve(context => context.Source.StartedAt);
        Field<DateTimeOffsetGraphType>("finishedAt").Resolve(context => context.Source.FinishedAt);
        Field<DateTimeOffsetGraphType>("heartbeatAt").Description("When the silo running the job last recorded progress.").Resolve(context => context.Source.HeartbeatAt);
        Field<NonNullGraphType<BooleanGraphType>>("itemsComplete").Description("Whether every source has been read into items (total is final).").Resolve(context => context.Source.ItemsComplete);
        Field<NonNullGraphType<IntGraphType>>("total").Resolve(context => Counts(context).Total);
        Field<NonNullGraphType<IntGraphType>>("processed").Resolve(context => Counts(context).Processed);
        Field<NonNullGraphType<IntGraphType>>("created").Resolve(context => Counts(context).Created);
        Field<NonNullGraphType<IntGraphType>>("updated").Resolve(context => Counts(context).Updated);
        Field<NonNullGraphType<IntGraphType>>("unchanged").Resolve(context => Counts(context).Unchanged);
        Field<NonNullGraphType<IntGraphType>>("failed").Resolve(context => Counts(context).Failed);
        Field<NonNullGraphType<IntGraphType>>("skipped").Resolve(context => Counts(context).Skipped);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<JobFailureType>>>>("failures")
            .Description($"Items that failed, in the order they were read (at most {MaxFailures}).")
            .Argument<IntGraphType>("first", argument => argument.DefaultValue = 20)
            .ResolveAsync(async context =>
            {
                var first = context.GetArgument("first", 20);
                if (first is < 0 or > MaxFailures)
                {
                    throw Errors.ApiError.InvalidArgument($"'first' must be 0-{MaxFailures} (was {first}).");
                }

                var page = await context.Store().GetJobItemsAsync(new JobItemQuery(context.Source.Id, JobItemStates.Failed, first, 0), context.CancellationToken);
                return (object)page.Items;
            });
    }

    private static JobCounts Counts(IResolveFieldContext<JobRecord> context) => context.Source.Counts ?? new JobCounts(0, 0, 0, 0, 0, 0, 0);
}
