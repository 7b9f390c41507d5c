using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace EntityGraph.Grains.Documents;

/// <summary>
/// SHA-256 over what defines a stored document's extraction and record: text, title, language hint and source,
/// annotated mentions, the domain and the origin (path, format, part, parent and metadata in name order) when given
/// (documents without them hash as before),
/// each length-prefixed so fields cannot run into each other. Lower-case hex. Input tags are manual tags,
/// added on every ingest, and are not part of the hash.
/// </summary>
internal static class ContentHasher
{
    public static string Compute(ValidatedDocument document)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, document.Text);
        Append(hash, document.Title);
        Append(hash, document.Language);
        Append(hash, document.Source);
        if (document.Mentions is not null)
        {
            Append(hash, string.Join(';', document.Mentions.Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Start},{m.End},{m.Type},{m.Confidence:R}"))));
        }

        if (document.Domain is not null)
        {
            Append(hash, "domain:" + document.Domain);
        }

        if (document.Origin is { } origin)
        {
            Append(hash, "origin:");
            Append(hash, origin.Path);
            Append(hash, origin.Format);
            Append(hash, origin.Part);
            Append(hash, origin.ParentId);
            foreach (var (name, value) in (origin.Metadata ?? new Dictionary<string, string>()).OrderBy(entry => entry.Key, StringComparer.Ordinal))
            {
                Append(hash, name);
                Append(hash, value);
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void Append(IncrementalHash hash, string? value)
    {
        Span<byte> length = stackalloc byte[5];
        if (value is null)
        {
            length[0] = 0;
            hash.AppendData(length[..1]);
            return;
        }

        var bytes = Encoding.UTF8.GetBytes(value);
        length[0] = 1;
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(length[1..], bytes.Length);
        hash.AppendData(length);
        hash.AppendData(bytes);
    }
}
