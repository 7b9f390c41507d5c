using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace EntityGraph.GraphApi.Connections;

/// <summary>Opaque cursors: the base64 of a versioned offset. Clients must not build them.</summary>
public static class Cursor
{
    private const string Prefix = "cursor:v1:";

    public static string Encode(int offset) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + offset.ToString(CultureInfo.InvariantCulture)));

    /// <summary>Reads a cursor made by <see cref="Encode"/>; false for anything else.</summary>
    public static bool TryDecode(string cursor, out int offset)
    {
        offset = 0;
        if (cursor.Length is 0 or > 64 || !Base64.IsValid(cursor))
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
        return text.StartsWith(Prefix, StringComparison.Ordinal)
            && int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out offset);
    }
}
