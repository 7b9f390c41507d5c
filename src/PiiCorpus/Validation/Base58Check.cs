using System.Numerics;
using System.Security.Cryptography;

namespace EntityGraph.PiiCorpus.Validation;

/// <summary>Bitcoin's Base58 alphabet and Base58Check encoding (payload + first 4 bytes of double SHA-256).</summary>
public static class Base58Check
{
    /// <summary>The Base58 alphabet (no 0, O, I, l).</summary>
    public const string Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    /// <summary>Base58 text of <paramref name="payload"/> followed by its 4-byte double-SHA-256 checksum.</summary>
    public static string Encode(ReadOnlySpan<byte> payload)
    {
        var data = new byte[payload.Length + 4];
        payload.CopyTo(data);
        Checksum(payload).CopyTo(data.AsSpan(payload.Length));
        return EncodePlain(data);
    }

    /// <summary>Decodes Base58Check text and returns the payload, or null when the text or its checksum is wrong.</summary>
    public static byte[]? Decode(string text)
    {
        var data = DecodePlain(text);
        if (data is null || data.Length < 5)
        {
            return null;
        }

        var payload = data.AsSpan(0, data.Length - 4);
        return Checksum(payload).AsSpan().SequenceEqual(data.AsSpan(data.Length - 4)) ? payload.ToArray() : null;
    }

    /// <summary>Plain Base58 (no checksum); each leading zero byte becomes a '1'.</summary>
    public static string EncodePlain(ReadOnlySpan<byte> data)
    {
        var zeros = 0;
        while (zeros < data.Length && data[zeros] == 0)
        {
            zeros++;
        }

        var number = new BigInteger(data, isUnsigned: true, isBigEndian: true);
        var digits = new List<char>();
        while (number > 0)
        {
            number = BigInteger.DivRem(number, 58, out var remainder);
            digits.Add(Alphabet[(int)remainder]);
        }

        digits.AddRange(Enumerable.Repeat('1', zeros));
        digits.Reverse();
        return new string([.. digits]);
    }

    /// <summary>Plain Base58 decoding, or null when a character is outside the alphabet.</summary>
    public static byte[]? DecodePlain(string text)
    {
        BigInteger number = 0;
        foreach (var c in text)
        {
            var value = Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                return null;
            }

            number = number * 58 + value;
        }

        var zeros = 0;
        while (zeros < text.Length && text[zeros] == '1')
        {
            zeros++;
        }

        var body = number.IsZero ? [] : number.ToByteArray(isUnsigned: true, isBigEndian: true);
        return [.. new byte[zeros], .. body];
    }

    private static byte[] Checksum(ReadOnlySpan<byte> payload) => SHA256.HashData(SHA256.HashData(payload))[..4];
}
