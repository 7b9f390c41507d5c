using EntityGraph.GraphApi.Errors;
using EntityGraph.GraphApi.Options;
using GraphQL;

namespace EntityGraph.GraphApi.Connections;

/// <summary>A validated (first, after) pair turned into an offset window.</summary>
public sealed record PageRequest(int First, int Offset)
{
    public const string FirstArgument = "first";
    public const string AfterArgument = "after";

    /// <summary>Reads <c>first</c> and <c>after</c>; out-of-range values fail with INVALID_ARGUMENT.</summary>
    public static PageRequest From(IResolveFieldContext context, GraphApiOptions options)
    {
        var first = context.GetArgument<int?>(FirstArgument) ?? options.DefaultPageSize;
        var after = context.GetArgument<string?>(AfterArgument);
        return Create(first, after, options.MaxPageSize);
    }

    /// <summary>Reads only <c>first</c>, for plain lists.</summary>
    public static PageRequest FromFirst(IResolveFieldContext context, GraphApiOptions options) =>
        Create(context.GetArgument<int?>(FirstArgument) ?? options.DefaultPageSize, null, options.MaxPageSize);

    public static PageRequest Create(int first, string? after, int maxPageSize)
    {
        if (first < 0)
        {
            throw ApiError.InvalidArgument($"'first' must not be negative (was {first}).");
        }

        if (first > maxPageSize)
        {
            throw ApiError.InvalidArgument($"'first' must be at most {maxPageSize} (was {first}).");
        }

        if (after is null)
        {
            return new PageRequest(first, 0);
        }

        if (!Cursor.TryDecode(after, out var position) || position == int.MaxValue)
        {
            throw ApiError.InvalidArgument("'after' is not a cursor returned by this API.");
        }

        return new PageRequest(first, position + 1);
    }
}
