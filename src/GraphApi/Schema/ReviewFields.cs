using System.Globalization;
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
/// The human review loop: the queue and a mention by id (queries), and acceptMention, rejectMention, correctMention,
/// addMention and completeReview (mutations). Each decision goes through the document grain of the mention's document
/// (the one write path of a document) and records who: the API key's name, or the <c>reviewer</c> argument when the
/// request came without a key.
/// </summary>
internal static class ReviewFields
{
    public static void RegisterQueries(ObjectGraphType query, GraphApiOptions limits)
    {
        query.Field<NonNullGraphType<MentionConnectionType>>("reviewQueue")
            .RequiresRole(ApiRoles.Reviewer)
            .Description("Mentions in review. UNCERTAINTY (the default) puts those nearest their accept threshold first; OLDEST in the order they were stored.")
            .Argument<StringGraphType>("language", "Only mentions in this language.")
            .Argument<StringGraphType>("type", "Only mentions of this type.")
            .Argument<IdGraphType>("documentId", "Only mentions of this document.")
            .Argument<ReviewOrderType>("orderBy", argument => argument.DefaultValue = ReviewOrder.Uncertainty)
            .PagingArguments(limits)
            .ResolveAsync(async context =>
            {
                var page = PageRequest.From(context, limits);
                var query = new ReviewQueueQuery(
                    MutationType.Blank(context.GetArgument<string?>("language")),
                    MutationType.Blank(context.GetArgument<string?>("type")),
                    MutationType.Blank(context.GetArgument<string?>("documentId")),
                    context.GetArgument("orderBy", ReviewOrder.Uncertainty),
                    page.First,
                    page.Offset);
                return (object)RelayConnection<MentionRecord>.FromPage(await context.Store().GetReviewQueueAsync(query, context.CancellationToken));
            });

        query.Field<MentionType>("mention")
            .Description("A mention by id, whatever its status (rejected ones included); null with a NOT_FOUND error when there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context =>
            {
                var id = context.GetArgument<string>("id");
                return await context.Store().GetMentionAsync(MutationType.RequireMentionId(id), context.CancellationToken) ?? throw ApiError.NotFound("mention", id);
            });
    }

    public static void RegisterMutations(ObjectGraphType mutation)
    {
        Decision(mutation, "acceptMention", ReviewActions.Accept, "Accepts a mention as it is (links a rejected one).");
        Decision(mutation, "rejectMention", ReviewActions.Reject, "Rejects a mention: it is unlinked, leaves every count and is kept for audit.");

        mutation.Field<NonNullGraphType<MentionType>>("correctMention")
            .RequiresRole(ApiRoles.Reviewer)
            .Description("Changes a mention's type and/or span (UTF-16 offsets; what is left out stays) and links it anew.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<StringGraphType>("type")
            .Argument<IntGraphType>("start")
            .Argument<IntGraphType>("end")
            .Argument<StringGraphType>("reviewer", "Who decides, recorded when the request has no API key (a key's name wins).")
            .ResolveAsync(async context =>
            {
                var id = MutationType.RequireMentionId(context.GetArgument<string>("id"));
                var type = MutationType.Blank(context.GetArgument<string?>("type"));
                var start = context.GetArgument<int?>("start");
                var end = context.GetArgument<int?>("end");
                if (type is null && start is null && end is null)
                {
                    throw new ApiError(ErrorCodes.InvalidReview, "correctMention needs a new type, start or end.");
                }

                return await DecideAsync(context, id, new MentionReviewRequest(ReviewActions.Correct, id, type, start, end, Reviewer(context)));
            });

        mutation.Field<NonNullGraphType<MentionType>>("addMention")
            .RequiresRole(ApiRoles.Reviewer)
            .Description("Adds a span the model missed (UTF-16 offsets into the document's text); it is linked like a model's mention.")
            .Argument<NonNullGraphType<IdGraphType>>("documentId")
            .Argument<NonNullGraphType<IntGraphType>>("start")
            .Argument<NonNullGraphType<IntGraphType>>("end")
            .Argument<NonNullGraphType<StringGraphType>>("type")
            .Argument<StringGraphType>("reviewer", "Who decides, recorded when the request has no API key (a key's name wins).")
            .ResolveAsync(async context =>
            {
                var documentId = MutationType.RequireId(context.GetArgument<string>("documentId"), "documentId");
                var request = new MentionReviewRequest(
                    ReviewActions.Add, null, context.GetArgument<string>("type"), context.GetArgument<int>("start"), context.GetArgument<int>("end"), Reviewer(context));
                var mentionId = await context.Grains().GetGrain<IDocumentGrain>(documentId).ReviewMentionAsync(request, context.CancellationToken);
                return await LoadAsync(context, mentionId);
            });

        mutation.Field<NonNullGraphType<DocumentType>>("completeReview")
            .RequiresRole(ApiRoles.Reviewer)
            .Description("Marks a document's review complete: every mention decided (INVALID_REVIEW while any is in review). Only such documents become training data.")
            .Argument<NonNullGraphType<IdGraphType>>("documentId")
            .Argument<StringGraphType>("reviewer", "Who decides, recorded when the request has no API key (a key's name wins).")
            .ResolveAsync(async context =>
            {
                var documentId = MutationType.RequireId(context.GetArgument<string>("documentId"), "documentId");
                await context.Grains().GetGrain<IDocumentGrain>(documentId).CompleteReviewAsync(Reviewer(context), context.CancellationToken);
                var loaders = context.Loaders();
                loaders.Clear();
                return loaders.Documents.Load(documentId).Then(document => document ?? throw ApiError.NotFound("document", documentId));
            });
    }

    private static void Decision(ObjectGraphType mutation, string name, string action, string description) =>
        mutation.Field<NonNullGraphType<MentionType>>(name)
            .RequiresRole(ApiRoles.Reviewer)
            .Description(description)
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<StringGraphType>("reviewer", "Who decides, recorded when the request has no API key (a key's name wins).")
            .ResolveAsync(async context =>
            {
                var id = MutationType.RequireMentionId(context.GetArgument<string>("id"));
                return await DecideAsync(context, id, new MentionReviewRequest(action, id, Reviewer: Reviewer(context)));
            });

    private static async Task<object?> DecideAsync(IResolveFieldContext context, long mentionId, MentionReviewRequest request)
    {
        var mention = await context.Store().GetMentionAsync(mentionId, context.CancellationToken)
            ?? throw ApiError.NotFound("mention", mentionId.ToString(CultureInfo.InvariantCulture));
        var id = await context.Grains().GetGrain<IDocumentGrain>(mention.DocumentId).ReviewMentionAsync(request, context.CancellationToken);
        return await LoadAsync(context, id);
    }

    private static async Task<object?> LoadAsync(IResolveFieldContext context, long mentionId)
    {
        context.Loaders().Clear();
        return await context.Store().GetMentionAsync(mentionId, context.CancellationToken)
            ?? throw ApiError.NotFound("mention", mentionId.ToString(CultureInfo.InvariantCulture));
    }

    private static string? Reviewer(IResolveFieldContext context)
    {
        var reviewer = context.Actor() ?? MutationType.Blank(context.GetArgument<string?>("reviewer"));
        return reviewer is { Length: > StorageLimits.MaxReviewerLength }
            ? throw new ApiError(ErrorCodes.InvalidReview, $"'reviewer' must be at most {StorageLimits.MaxReviewerLength} characters (was {reviewer.Length}).")
            : reviewer;
    }
}
