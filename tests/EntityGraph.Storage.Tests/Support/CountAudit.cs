namespace EntityGraph.Storage.Tests.Support;

/// <summary>
/// The store's own audit (<see cref="IGraphStore.CheckAsync"/>): every stored count recomputed from the mention rows with
/// SQL independent of the write path, and the database's integrity check.
/// </summary>
internal static class CountAudit
{
    public static IReadOnlyList<string> FindProblems(TempStore temp)
    {
        var result = temp.OpenAnother().CheckAsync().GetAwaiter().GetResult();
        return result.IntegrityOk ? result.CountProblems : [$"integrity: {result.IntegrityDetail}", .. result.CountProblems];
    }

    public static void AssertExact(TempStore temp) => Assert.Empty(FindProblems(temp));
}
