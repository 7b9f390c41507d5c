namespace EntityGraph.Linking.Normalization;

/// <summary>
/// Picks the display name of an entity from the surface forms seen: the most complete one (most letters
/// and digits), preferring forms without a possessive, then the most frequent, then the first seen.
/// Leading honorifics are removed from person names; legal forms and diacritics are kept.
/// </summary>
public static class CanonicalNames
{
    /// <summary>The canonical display name among <paramref name="surfaces"/> (in order of appearance).</summary>
    public static string Select(string type, IEnumerable<string> surfaces)
    {
        ArgumentNullException.ThrowIfNull(surfaces);
        string? best = null;
        var bestRank = (NoPossessive: false, Letters: -1, Count: -1);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var ordered = new List<string>();
        foreach (var surface in surfaces)
        {
            var display = DisplayForm(type, surface);
            if (display.Length == 0)
            {
                continue;
            }

            if (counts.TryGetValue(display, out var count))
            {
                counts[display] = count + 1;
            }
            else
            {
                counts[display] = 1;
                ordered.Add(display);
            }
        }

        foreach (var display in ordered)
        {
            var rank = (NoPossessive: !Possessives.HasPossessive(display), Letters: CountLetters(display), Count: counts[display]);
            if (best is null || rank.CompareTo(bestRank) > 0)
            {
                best = display;
                bestRank = rank;
            }
        }

        return best ?? string.Empty;
    }

    /// <summary>The surface with whitespace collapsed and, for people, leading honorifics removed.</summary>
    public static string DisplayForm(string type, string surface)
    {
        ArgumentNullException.ThrowIfNull(surface);
        var words = surface.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var first = 0;
        if (EntityTypes.IsPerson(type))
        {
            while (first < words.Length - 1 && Honorifics.IsHonorific(EntityGraph.Text.NameFolding.Fold(words[first])))
            {
                first++;
            }
        }

        return string.Join(' ', words, first, words.Length - first);
    }

    private static int CountLetters(string value)
    {
        var count = 0;
        foreach (var c in value)
        {
            if (char.IsLetterOrDigit(c))
            {
                count++;
            }
        }

        return count;
    }
}
