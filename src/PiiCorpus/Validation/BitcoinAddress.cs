namespace EntityGraph.PiiCorpus.Validation;

/// <summary>Checks Bitcoin mainnet addresses: P2PKH ('1…') and P2SH ('3…') Base58Check, and bech32 SegWit v0 ('bc1q…').</summary>
public static class BitcoinAddress
{
    /// <summary>Whether the value is a mainnet address with a correct checksum.</summary>
    public static bool IsValid(string value)
    {
        if (value.StartsWith("bc1", StringComparison.Ordinal))
        {
            return IsValidSegwit(value);
        }

        if (value.Length is < 26 or > 35 || value[0] is not ('1' or '3'))
        {
            return false;
        }

        var payload = Base58Check.Decode(value);
        return payload is { Length: 21 } && payload[0] == (value[0] == '1' ? 0x00 : 0x05);
    }

    private static bool IsValidSegwit(string value)
    {
        if (Bech32.Decode(value) is not { } decoded || decoded.Hrp != "bc" || decoded.Data.Length < 1 || decoded.Data[0] != 0)
        {
            return false;
        }

        var program = Bech32.ConvertBits(decoded.Data[1..], 5, 8, pad: false);
        return program is { Length: 20 or 32 };
    }
}
