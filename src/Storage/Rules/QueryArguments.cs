namespace EntityGraph.Storage;

/// <summary>Checks paging and limit arguments of queries.</summary>
public static class QueryArguments
{
    public static void Validate(int first, int offset)
    {
        if (first < 0 || offset < 0)
        {
            throw new GraphStoreException(
                ErrorCodes.InvalidQuery,
                $"Paging needs first >= 0 and offset >= 0, not first={first}, offset={offset}.");
        }
    }

    public static void RequireId(string? id, string name)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new GraphStoreException(ErrorCodes.InvalidQuery, $"{name} must not be empty.");
        }
    }
}
