using EntityGraph.PiiCorpus.Validation;

namespace EntityGraph.PiiCorpus.Values;

/// <summary>
/// Bitcoin addresses: P2PKH ('1…') and P2SH ('3…') in Base58Check with the double-SHA-256 checksum, and bech32 P2WPKH
/// ('bc1q…') with the BIP-173 checksum. Decoys change one character after the prefix so the checksum fails.
/// </summary>
internal sealed class CryptoGenerator : ChecksumValueGenerator
{
    public override string Type => PiiTypes.Crypto;

    protected override string CreateValid(ValueContext context)
    {
        var random = context.Random;
        var hash = new byte[20];
        random.NextBytes(hash);
        return random.Next(20) switch
        {
            < 8 => Base58Check.Encode([0x00, .. hash]),
            < 13 => Base58Check.Encode([0x05, .. hash]),
            _ => Bech32.Encode("bc", [0, .. Bech32.ConvertBits(hash, 8, 5, pad: true)!]),
        };
    }

    protected override string Corrupt(Random random, string value) => value.StartsWith("bc1", StringComparison.Ordinal)
        ? RandomText.ReplaceWithOther(random, value, random.Next(4, value.Length), Bech32.Charset)
        : RandomText.ReplaceWithOther(random, value, random.Next(1, value.Length), Base58Check.Alphabet);
}
