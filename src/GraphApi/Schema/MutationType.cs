using EntityGraph.GraphApi.Execution;
using Microsoft.Extensions.DependencyInjection;
using EntityGraph.GraphApi.Security;
using EntityGraph.Security;
using EntityGraph.Storage;
using EntityGraph.GraphApi.Errors;
using EntityGraph.GraphApi.Loaders;
using EntityGraph.GraphApi.Types;
using EntityGraph.Grains;
using GraphQL;
using GraphQL.Types;

namespace EntityGraph.GraphApi.Schema;

/// <summary>
/// Write side: documents and their manual tags go through the Orleans pipeline (document grain per id, the one write path
/// of a document); extraction runs without storing; curation (<see cref="CurationFields"/>) goes through the curation grain.
/// Each mutation clears the request's loader caches so its result shows what it wrote.
/// </summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";

        Field<NonNullGraphType<IngestDocumentPayloadType>>("ingestDocument")
            .RequiresRole(ApiRoles.Editor)
            .Description("Detects the language, extracts and links entities, and stores the document in one transaction.")
            .Argument<NonNullGraphType<IngestDocumentInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<IngestDocumentInput>("input");
                var id = RequireId(input.Id, "input.id");
                var tags = input.Tags?.Select(tag => RequireTag(tag)).Distinct(StringComparer.Ordinal).ToArray();
                var mentions = input.Mentions?.Select(m => new MentionInput(m.Start, m.End, m.Type, m.Confidence ?? 1.0)).ToArray();
                var document = new DocumentInput(id, input.Text, Blank(input.Language), Blank(input.Title), Blank(input.Source), tags, input.Accuracy, mentions, context.Actor(), Blank(input.Domain), input.Redact);
                var grains = context.Grains();
                var result = await Gate(context).RunAsync(() => grains.GetGrain<IDocumentGrain>(id).IngestAsync(document, context.CancellationToken), context.CancellationToken);
                context.Loaders().Clear();
                return (object)new IngestDocumentPayload(result);
            });

        Field<NonNullGraphType<ExtractionResultType>>("extract")
            .RequiresRole(ApiRoles.Editor)
            .Description("Finds entities in a text without storing anything.")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .Argument<StringGraphType>("language", "ISO 639-1 code; detected per paragraph when left out.")
            .Argument<AccuracyType>("accuracy", argument => argument.DefaultValue = ExtractionAccuracy.Best)
            .Argument<StringGraphType>("domain", "A domain (for example politics): its model serves where one is active, else the language's general model.")
            .ResolveAsync(async context =>
            {
                var text = context.GetArgument<string>("text");
                var language = Blank(context.GetArgument<string?>("language"));
                var accuracy = context.GetArgument("accuracy", ExtractionAccuracy.Best);
                var domain = Blank(context.GetArgument<string?>("domain"));
                var grains = context.Grains();
                return (object)await Gate(context).RunAsync(() => grains.GetGrain<IExtractionGrain>(0).ExtractAsync(text, language, accuracy, domain, context.CancellationToken), context.CancellationToken);
            });

        Field<DocumentType>("tagDocument")
            .RequiresRole(ApiRoles.Reviewer)
            .Description("Adds a manual tag; returns the document, or null with NOT_FOUND.")
            .Argument<NonNullGraphType<IdGraphType>>("documentId")
            .Argument<NonNullGraphType<StringGraphType>>("tag")
            .ResolveAsync(context => SetTagAsync(context, present: true, context.CancellationToken));

        Field<DocumentType>("untagDocument")
            .RequiresRole(ApiRoles.Reviewer)
            .Description("Removes a manual tag; returns the document, or null with NOT_FOUND.")
            .Argument<NonNullGraphType<IdGraphType>>("documentId")
            .Argument<NonNullGraphType<StringGraphType>>("tag")
            .ResolveAsync(context => SetTagAsync(context, present: false, context.CancellationToken));

        CurationFields.Register(this);
        ReviewFields.RegisterMutations(this);
        ModelFields.RegisterMutations(this);
        RedactionFields.RegisterMutations(this);
        JobFields.RegisterMutations(this);
    }

    private static async Task<object?> SetTagAsync(IResolveFieldContext<object?> context, bool present, CancellationToken cancellationToken = default)
    {
        var id = RequireId(context.GetArgument<string>("documentId"), "documentId");
        var tag = RequireTag(context.GetArgument<string>("tag"));
        var grain = context.Grains().GetGrain<IDocumentGrain>(id);
        var found = await grain.ChangeTagsAsync(present ? [tag] : [], present ? [] : [tag], cancellationToken);
        if (!found)
        {
            throw ApiError.NotFound("document", id);
        }

        var loaders = context.Loaders();
        loaders.Clear();
        return loaders.Documents.Load(id);
    }

    internal static string RequireId(string? id, string name)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw ApiError.InvalidInput($"'{name}' must not be blank.");
        }

        if (id.Length > StorageLimits.MaxIdLength)
        {
            throw ApiError.InvalidInput($"'{name}' must be at most {StorageLimits.MaxIdLength} characters (was {id.Length}).");
        }

        return id;
    }

    private static string RequireTag(string? tag)
    {
        var trimmed = tag?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw ApiError.InvalidInput("A tag must not be blank.");
        }

        if (trimmed.Length > StorageLimits.MaxTagLength)
        {
            throw ApiError.InvalidInput($"A tag must be at most {StorageLimits.MaxTagLength} characters (was {trimmed.Length}).");
        }

        return trimmed;
    }

    /// <summary>A mention id argument: a positive integer, else INVALID_INPUT.</summary>
    internal static long RequireMentionId(string id) =>
        long.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw ApiError.InvalidInput($"'{id}' is not a mention id.");

    internal static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    internal static ExtractionGate Gate(GraphQL.IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<ExtractionGate>();
}
