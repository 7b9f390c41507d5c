namespace EntityGraph.Storage;

/// <summary>
/// The outcome of <see cref="IGraphStore.CheckAsync"/>: whether the database reports itself intact (SQLite's
/// <c>quick_check</c>; PostgreSQL recovers from its own log), and every stored count that disagrees with what the mention
/// rows say.
/// </summary>
public sealed record StoreCheckResult(bool IntegrityOk, string IntegrityDetail, IReadOnlyList<string> CountProblems)
{
    public bool Ok => IntegrityOk && CountProblems.Count == 0;
}
