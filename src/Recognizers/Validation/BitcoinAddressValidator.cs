using System.Numerics;
using System.Security.Cryptography;

namespace EntityGraph.Recognizers.Validation;

/// <summary>
/// Bitcoin addresses: legacy Base58Check (25 bytes, version 0x00 or 0x05, the double SHA-256 checksum) and SegWit
/// bech32 (witness version 0) or bech32m (versions 1 to 16) with the human-readable part <c>bc</c>.
/// </summary>
public sealed class BitcoinAddressValidator : IIdentifierValidator
{
    private const string Base58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private const string Bech32Charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    private const uint Bech32Constant = 1;
    private const uint Bech32mConstant = 0x2bc830a3;
    private static readonly uint[] Generator = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

    public string Name => "bitcoin";

    public bool IsValid(string candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var value = candidate.Trim();
        return value.StartsWith("bc1", StringComparison.OrdinalIgnoreCase) ? IsSegwit(value) : IsBase58Check(value);
    }

    private static bool IsBase58Check(string value)
    {
        if (value.Length is < 26 or > 35 || value[0] is not ('1' or '3'))
        {
            return false;
        }

        var number = BigInteger.Zero;
        foreach (var c in value)
        {
            var digit = Base58.IndexOf(c, StringComparison.Ordinal);
            if (digit < 0)
            {
                return false;
            }

            number = (number * 58) + digit;
        }

        var bytes = number.ToByteArray(isUnsigned: true, isBigEndian: true);
        if (bytes.Length > 25)
        {
            return false;
        }

        var raw = new byte[25];
        bytes.CopyTo(raw, 25 - bytes.Length);
        var checksum = SHA256.HashData(SHA256.HashData(raw.AsSpan(0, 21)));
        return raw[0] is 0x00 or 0x05 && checksum.AsSpan(0, 4).SequenceEqual(raw.AsSpan(21, 4));
    }

    private static bool IsSegwit(string value)
    {
        if (value.Length is < 14 or > 90 || (value != value.ToLowerInvariant() && value != value.ToUpperInvariant()))
        {
            return false;
        }

        var address = value.ToLowerInvariant();
        var data = new List<uint>();
        foreach (var c in address[3..])
        {
            var index = Bech32Charset.IndexOf(c, StringComparison.Ordinal);
            if (index < 0)
            {
                return false;
            }

            data.Add((uint)index);
        }

        var expanded = new List<uint> { 'b' >> 5, 'c' >> 5, 0, 'b' & 31, 'c' & 31 };
        expanded.AddRange(data);
        var witnessVersion = data[0];
        var expected = witnessVersion == 0 ? Bech32Constant : Bech32mConstant;
        return witnessVersion <= 16 && Polymod(expanded) == expected;
    }

    private static uint Polymod(IEnumerable<uint> values)
    {
        uint check = 1;
        foreach (var value in values)
        {
            var top = check >> 25;
            check = ((check & 0x1ffffff) << 5) ^ value;
            for (var i = 0; i < 5; i++)
            {
                if (((top >> i) & 1) != 0)
                {
                    check ^= Generator[i];
                }
            }
        }

        return check;
    }
}
