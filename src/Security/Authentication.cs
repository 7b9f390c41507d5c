namespace EntityGraph.Security;

/// <summary>What a request's key turned out to be: none, not a valid key, or a caller.</summary>
public sealed record Authentication(AuthenticationState State, Caller? Caller = null)
{
    public static Authentication Anonymous { get; } = new(AuthenticationState.Anonymous);

    public static Authentication Invalid { get; } = new(AuthenticationState.Invalid);
}

public enum AuthenticationState
{
    /// <summary>The request carried no key.</summary>
    Anonymous,

    /// <summary>The request carried a key that is malformed, unknown, revoked or wrong.</summary>
    Invalid,

    /// <summary>The key is live; <see cref="Authentication.Caller"/> says whose.</summary>
    Valid,
}
