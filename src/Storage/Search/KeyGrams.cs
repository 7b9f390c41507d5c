namespace EntityGraph.Storage;

/// <summary>The distinct character trigrams of a normalized key padded with one space on each side ("ab" gives " ab", "ab ").</summary>
public static class KeyGrams
{
    private const int Size = 3;

    public static IReadOnlyList<string> Of(string normalizedKey)
    {
        ArgumentNullException.ThrowIfNull(normalizedKey);
        var padded = " " + normalizedKey + " ";
        var grams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + Size <= padded.Length; i++)
        {
            grams.Add(padded.Substring(i, Size));
        }

        return grams.ToArray();
    }
}
