namespace EntityGraph.Linking.Normalization;

/// <summary>
/// How much two forms of one name may differ at the end in a language. Slavic, Baltic, Finnic, Hungarian and Greek
/// decline names by replacing or adding a short ending ("Путин"/"Путина", "Германия"/"Германии"); German, Dutch and the
/// Scandinavian languages add a genitive s ("Merkels"); other languages keep names as they are.
/// </summary>
public enum InflectionKind
{
    None,
    GenitiveS,
    CaseEndings,
}

/// <summary>The <see cref="InflectionKind"/> of a language, and the matching of word forms under it.</summary>
public static class Inflection
{
    private const int MinStem = 4;
    private const int MaxEnding = 2;

    private static readonly HashSet<string> CaseEndingLanguages = new(StringComparer.OrdinalIgnoreCase)
    {
        "ru", "uk", "be", "bg", "sr", "hr", "bs", "sl", "mk", "pl", "cs", "sk", "lt", "lv", "et", "fi", "hu", "el",
    };

    private static readonly HashSet<string> GenitiveSLanguages = new(StringComparer.OrdinalIgnoreCase)
    {
        "de", "nl", "sv", "da", "nb", "nn", "no", "is", "lb",
    };

    public static InflectionKind Of(string? language)
    {
        var code = language?.Trim().Split('-', '_')[0] ?? string.Empty;
        if (CaseEndingLanguages.Contains(code))
        {
            return InflectionKind.CaseEndings;
        }

        return GenitiveSLanguages.Contains(code) ? InflectionKind.GenitiveS : InflectionKind.None;
    }

    /// <summary>
    /// True when two folded words are forms of one name: equal; or, with a genitive s, one is the other plus "s";
    /// or, with case endings, they share a stem of at least four letters and differ only in endings of at most two letters.
    /// </summary>
    public static bool SameWord(string left, string right, InflectionKind kind)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        if (string.Equals(left, right, StringComparison.Ordinal))
        {
            return true;
        }

        var (shorter, longer) = left.Length <= right.Length ? (left, right) : (right, left);
        switch (kind)
        {
            case InflectionKind.GenitiveS:
                return shorter.Length >= MinStem - 1 && longer.Length == shorter.Length + 1 && longer[^1] == 's' && longer.StartsWith(shorter, StringComparison.Ordinal);
            case InflectionKind.CaseEndings:
                var stem = 0;
                while (stem < shorter.Length && shorter[stem] == longer[stem])
                {
                    stem++;
                }

                return stem >= MinStem
                    && shorter.Length - stem <= MaxEnding
                    && longer.Length - stem <= MaxEnding
                    && longer.Skip(stem).All(char.IsLetter)
                    && shorter.Skip(stem).All(char.IsLetter);
            default:
                return false;
        }
    }
}
