using System.Net;
using System.Net.Sockets;

namespace EntityGraph.Recognizers.Validation;

/// <summary>An IPv6 address in any RFC 4291 text form (full, "::"-compressed, with an embedded IPv4 tail); zone ids are not accepted.</summary>
public sealed class IpV6Validator : IIdentifierValidator
{
    /// <inheritdoc />
    public string Name => "ipv6";

    /// <inheritdoc />
    public bool IsValid(string candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var colons = candidate.Count(c => c == ':');
        return (colons == 7 || candidate.Contains("::", StringComparison.Ordinal))
            && !candidate.Contains('%', StringComparison.Ordinal)
            && IPAddress.TryParse(candidate, out var address)
            && address.AddressFamily == AddressFamily.InterNetworkV6;
    }
}
