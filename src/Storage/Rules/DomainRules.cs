namespace EntityGraph.Storage;

/// <summary>
/// What a domain name may be: 1 to <see cref="StorageLimits.MaxDomainLength"/> lowercase ASCII letters, digits, '-' or
/// '_', starting with a letter (it names a folder of models and a slice of feedback). The API, the CLI and the store check
/// against this one rule.
/// </summary>
public static class DomainRules
{
    /// <summary>Whether <paramref name="domain"/> is a valid domain name.</summary>
    public static bool IsValid(string? domain) =>
        domain is { Length: > 0 and <= StorageLimits.MaxDomainLength }
        && domain[0] is >= 'a' and <= 'z'
        && domain.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_');

    /// <summary>Throws INVALID_DOCUMENT when a domain is given and is not valid; null means no domain.</summary>
    public static void Validate(string? domain, string where)
    {
        if (domain is not null && !IsValid(domain))
        {
            throw new GraphStoreException(ErrorCodes.InvalidDocument, $"{where}: {Describe(domain)}");
        }
    }

    /// <summary>The message for an invalid domain.</summary>
    public static string Describe(string domain) =>
        $"the domain '{domain}' is not valid: use 1 to {StorageLimits.MaxDomainLength} lowercase letters, digits, '-' or '_', starting with a letter.";
}
