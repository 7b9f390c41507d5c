using EntityGraph.Recognizers.Context;
using EntityGraph.Recognizers.Validation;

namespace EntityGraph.Recognizers.Pii;

/// <summary>Bitcoin addresses: legacy and script addresses (Base58Check) and segwit addresses (bech32, bech32m).</summary>
public sealed class CryptoRecognizer() : ValidatedPatternRecognizer(RecognizerName, PiiTypes.Crypto, [new(PiiRegexes.BitcoinBase58(), 0.9), new(PiiRegexes.BitcoinBech32(), 0.9)], IdentifierValidators.Get("bitcoin"), Words, null)
{
    /// <summary>The recognizer name.</summary>
    public const string RecognizerName = "pii/crypto";

    private static readonly ContextWords Words = new(new Dictionary<string, IReadOnlyList<string>>
    {
        ["*"] = ["bitcoin", "btc", "wallet", "crypto", "wallet-adresse", "portefeuille", "cartera", "portafoglio", "portfel", "plånbok"],
    });
}
