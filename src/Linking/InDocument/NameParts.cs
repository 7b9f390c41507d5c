using EntityGraph.Linking.Normalization;

namespace EntityGraph.Linking.InDocument;

/// <summary>
/// Rules that tell whether one name is a shorter form of another within a document, on normalized key words:
/// a surname or given name alone, a name with fewer words or initials, a declined surname ("Путина" for "Путин", in
/// languages that decline names: see <see cref="Normalization.Inflection"/>), or the first or last word of an organisation name.
/// </summary>
internal static class NameParts
{
    public const string Surname = "surname";
    public const string GivenName = "given-name";
    public const string PartialName = "partial-name";
    public const string Initials = "initials";
    public const string NamePart = "name-part";
    public const string Inflection = "inflection";

    /// <summary>The rule by which person name <paramref name="shorter"/> refers to <paramref name="full"/>, or null.</summary>
    public static string? PersonRule(IReadOnlyList<string> shorter, IReadOnlyList<string> full, InflectionKind inflection)
    {
        if (shorter.Count == 0 || shorter.Count > full.Count)
        {
            return null;
        }

        if (shorter.Count == 1 && full.Count > 1)
        {
            if (shorter[0].Length > 1 && Normalization.Inflection.SameWord(shorter[0], full[^1], inflection))
            {
                return Surname;
            }

            return shorter[0].Length > 1 && string.Equals(shorter[0], full[0], StringComparison.Ordinal) ? GivenName : null;
        }

        if (!Normalization.Inflection.SameWord(shorter[^1], full[^1], inflection))
        {
            return null;
        }

        var initials = false;
        var at = 0;
        for (var i = 0; i < shorter.Count - 1; i++)
        {
            while (at < full.Count - 1 && !WordMatches(shorter[i], full[at], ref initials))
            {
                at++;
            }

            if (at >= full.Count - 1)
            {
                return null;
            }

            at++;
        }

        if (shorter.Count == full.Count)
        {
            return initials ? Initials : null;
        }

        return initials ? Initials : PartialName;
    }

    /// <summary>
    /// True when the one-word organisation name <paramref name="shorter"/> (three letters or more) is the first or the last
    /// word of the longer <paramref name="full"/>: "Nordwind" for "Nordwind Energy", "Santander" for "Banco Santander".
    /// </summary>
    public static bool IsNamePart(IReadOnlyList<string> shorter, IReadOnlyList<string> full) =>
        shorter.Count == 1
        && full.Count > 1
        && shorter[0].Length >= 3
        && (string.Equals(shorter[0], full[0], StringComparison.Ordinal) || string.Equals(shorter[0], full[^1], StringComparison.Ordinal));

    private static bool WordMatches(string shorter, string full, ref bool initials)
    {
        if (string.Equals(shorter, full, StringComparison.Ordinal))
        {
            return true;
        }

        if (shorter.Length == 1 && full.Length > 1 && full[0] == shorter[0])
        {
            initials = true;
            return true;
        }

        return false;
    }
}
