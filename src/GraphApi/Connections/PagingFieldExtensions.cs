using EntityGraph.GraphApi.Options;
using GraphQL.Builders;
using GraphQL.Types;

namespace EntityGraph.GraphApi.Connections;

/// <summary>Declares the paging arguments on connection and list fields.</summary>
internal static class PagingFieldExtensions
{
    public static FieldBuilder<TSource, TReturn> FirstArgument<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, GraphApiOptions options) =>
        field.Argument<IntGraphType>(
            PageRequest.FirstArgument,
            $"How many items to return: default {options.DefaultPageSize}, at most {options.MaxPageSize}.");

    public static FieldBuilder<TSource, TReturn> PagingArguments<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, GraphApiOptions options) =>
        field.FirstArgument(options)
            .Argument<StringGraphType>(PageRequest.AfterArgument, "Continue after the edge with this cursor.");
}
