namespace EntityGraph.Security;

/// <summary>Who sent a request: the API key's name (the actor recorded for its changes) and role.</summary>
public sealed record Caller(string Name, string Role);
