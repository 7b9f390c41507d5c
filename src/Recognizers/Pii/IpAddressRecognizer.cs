using EntityGraph.Recognizers.Context;
using EntityGraph.Recognizers.Validation;

namespace EntityGraph.Recognizers.Pii;

/// <summary>IPv4 addresses (four octets 0–255) and IPv6 addresses in full, compressed or IPv4-tailed form.</summary>
public sealed class IpAddressRecognizer() : ValidatedPatternRecognizer(RecognizerName, PiiTypes.IpAddress, [new(PiiRegexes.IpV4(), 0.6), new(PiiRegexes.IpV6(), 0.8, IdentifierValidators.Get("ipv6"))], null, Words, null)
{
    /// <summary>The recognizer name.</summary>
    public const string RecognizerName = "pii/ip-address";

    private static readonly ContextWords Words = new(new Dictionary<string, IReadOnlyList<string>>
    {
        ["*"] = ["ip", "ipv4", "ipv6", "address", "host", "server", "adresse", "dirección", "indirizzo", "adres", "endereço", "adress"],
    });
}
