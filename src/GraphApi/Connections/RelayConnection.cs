using EntityGraph.Storage;

namespace EntityGraph.GraphApi.Connections;

/// <summary>One page of a Relay connection built from a store page.</summary>
public sealed record RelayConnection<T>(IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo, int TotalCount)
{
    public static RelayConnection<T> FromPage(Page<T> page)
    {
        var edges = page.Items
            .Select((item, index) => new Edge<T>(Cursor.Encode(page.Offset + index), item))
            .ToArray();
        var info = new PageInfo(
            HasNextPage: page.HasNextPage,
            HasPreviousPage: page.Offset > 0,
            StartCursor: edges.Length > 0 ? edges[0].Cursor : null,
            EndCursor: edges.Length > 0 ? edges[^1].Cursor : null);
        return new RelayConnection<T>(edges, info, page.TotalCount);
    }
}
