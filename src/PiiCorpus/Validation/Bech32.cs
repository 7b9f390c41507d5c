namespace EntityGraph.PiiCorpus.Validation;

/// <summary>BIP-173 bech32 encoding (the checksum of SegWit version 0 addresses).</summary>
public static class Bech32
{
    /// <summary>The bech32 data alphabet.</summary>
    public const string Charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

    private static readonly uint[] Generator = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

    /// <summary>Encodes a human-readable part and 5-bit data values with their 6-character checksum.</summary>
    public static string Encode(string hrp, IReadOnlyList<byte> data)
    {
        var values = new List<byte>(data);
        var polymod = PolyMod([.. ExpandHrp(hrp), .. data, 0, 0, 0, 0, 0, 0]) ^ 1;
        for (var i = 0; i < 6; i++)
        {
            values.Add((byte)((polymod >> (5 * (5 - i))) & 31));
        }

        return hrp + "1" + new string([.. values.Select(v => Charset[v])]);
    }

    /// <summary>Splits a lower-case bech32 string into its human-readable part and data (checksum removed); null when invalid.</summary>
    public static (string Hrp, byte[] Data)? Decode(string text)
    {
        var separator = text.LastIndexOf('1');
        if (separator < 1 || separator + 7 > text.Length || text.Length > 90 || text.Any(char.IsUpper))
        {
            return null;
        }

        var hrp = text[..separator];
        var data = new byte[text.Length - separator - 1];
        for (var i = 0; i < data.Length; i++)
        {
            var value = Charset.IndexOf(text[separator + 1 + i], StringComparison.Ordinal);
            if (value < 0)
            {
                return null;
            }

            data[i] = (byte)value;
        }

        return PolyMod([.. ExpandHrp(hrp), .. data]) == 1 ? (hrp, data[..^6]) : null;
    }

    /// <summary>Regroups bits (8 → 5 with padding, or 5 → 8 without); null when the input does not regroup cleanly.</summary>
    public static byte[]? ConvertBits(IReadOnlyList<byte> data, int fromBits, int toBits, bool pad)
    {
        var accumulator = 0;
        var bits = 0;
        var result = new List<byte>();
        var maxValue = (1 << toBits) - 1;
        foreach (var value in data)
        {
            if (value >> fromBits != 0)
            {
                return null;
            }

            accumulator = (accumulator << fromBits) | value;
            bits += fromBits;
            while (bits >= toBits)
            {
                bits -= toBits;
                result.Add((byte)((accumulator >> bits) & maxValue));
            }
        }

        if (pad)
        {
            if (bits > 0)
            {
                result.Add((byte)((accumulator << (toBits - bits)) & maxValue));
            }
        }
        else if (bits >= fromBits || ((accumulator << (toBits - bits)) & maxValue) != 0)
        {
            return null;
        }

        return [.. result];
    }

    private static byte[] ExpandHrp(string hrp) =>
        [.. hrp.Select(c => (byte)(c >> 5)), 0, .. hrp.Select(c => (byte)(c & 31))];

    private static uint PolyMod(IEnumerable<byte> values)
    {
        uint checksum = 1;
        foreach (var value in values)
        {
            var top = checksum >> 25;
            checksum = ((checksum & 0x1ffffff) << 5) ^ value;
            for (var i = 0; i < 5; i++)
            {
                if (((top >> i) & 1) != 0)
                {
                    checksum ^= Generator[i];
                }
            }
        }

        return checksum;
    }
}
