namespace EntityGraph.Security;

/// <summary>
/// The roles of API keys, each allowed what the ones before it are: <c>reader</c> (queries), <c>reviewer</c> (plus
/// review and tagging mutations), <c>editor</c> (plus ingest, extract, curation, jobs), <c>admin</c> (plus model
/// activation, cluster and key operations).
/// </summary>
public static class ApiRoles
{
    public const string Reader = "reader";

    public const string Reviewer = "reviewer";

    public const string Editor = "editor";

    public const string Admin = "admin";

    private static readonly string[] Ranked = [Reader, Reviewer, Editor, Admin];

    public static IReadOnlyList<string> All => Ranked;

    public static bool IsKnown(string? role) => role is not null && All.Contains(role, StringComparer.Ordinal);

    /// <summary>Whether a key of <paramref name="role"/> may do what needs <paramref name="required"/>.</summary>
    public static bool Allows(string role, string required)
    {
        var have = Rank(role);
        var need = Rank(required);
        return have >= 0 && need >= 0 && have >= need;
    }

    private static int Rank(string role) => Array.IndexOf(Ranked, role);
}
