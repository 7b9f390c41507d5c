namespace EntityGraph.Security;

/// <summary>Bound from <c>EntityGraph:Security</c>.</summary>
public sealed class SecurityOptions
{
    public const string SectionName = "EntityGraph:Security";

    /// <summary>Whether queries need a key too (any role); mutations always need one once keys exist.</summary>
    public bool RequireKeyForQueries { get; set; }

    /// <summary>GraphQL requests a minute per API key (or per client address without one); 0 turns the limit off.</summary>
    public int RequestsPerMinute { get; set; } = 600;

    /// <summary>How long a key lookup (found, unknown or revoked) is remembered; a revoked key stops working within it.</summary>
    public TimeSpan KeyCacheDuration { get; set; } = TimeSpan.FromSeconds(10);
}
