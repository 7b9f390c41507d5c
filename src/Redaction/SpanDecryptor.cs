using System.Text;
using EntityGraph.Redaction.Configuration;
using EntityGraph.Redaction.Crypto;

namespace EntityGraph.Redaction;

/// <summary>
/// Turns the <c>[ENC:...]</c> tokens of the <c>encrypt</c> operator back into their plaintext, with the configured key.
/// A token that does not authenticate under the key (another key, garbage, a token someone typed) is left unchanged.
/// Thread-safe.
/// </summary>
public sealed class SpanDecryptor
{
    private readonly TokenCipher cipher;

    /// <summary>Uses the key of <paramref name="options"/>.</summary>
    /// <exception cref="InvalidOperationException">No encryption key is configured.</exception>
    /// <exception cref="ArgumentException">The key is not base64 of 32 bytes.</exception>
    public SpanDecryptor(RedactionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        cipher = new TokenCipher(EncryptionKeyParser.Parse(options.EncryptionKey));
    }

    /// <summary>
    /// <paramref name="text"/> with every token that authenticates replaced by its plaintext; everything else, other
    /// tokens included, is copied unchanged. Decrypted plaintext is not searched for tokens again.
    /// </summary>
    public string Decrypt(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder? output = null;
        var copied = 0;
        var searchFrom = 0;
        while (searchFrom < text.Length)
        {
            var start = text.IndexOf(TokenCipher.Prefix, searchFrom, StringComparison.Ordinal);
            if (start < 0)
            {
                break;
            }

            var payloadStart = start + TokenCipher.Prefix.Length;
            var payloadEnd = payloadStart;
            while (payloadEnd < text.Length && TokenCipher.IsPayloadChar(text[payloadEnd]))
            {
                payloadEnd++;
            }

            if (payloadEnd < text.Length
                && text[payloadEnd] == TokenCipher.Suffix
                && cipher.TryDecrypt(text.AsSpan(payloadStart, payloadEnd - payloadStart), out var plaintext))
            {
                output ??= new StringBuilder(text.Length);
                output.Append(text, copied, start - copied).Append(plaintext);
                copied = payloadEnd + 1;
                searchFrom = copied;
            }
            else
            {
                searchFrom = start + 1;
            }
        }

        return output is null ? text : output.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>Names the type only; the key is never shown.</summary>
    public override string ToString() => nameof(SpanDecryptor);
}
