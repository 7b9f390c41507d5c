using EntityGraph.Text;

namespace EntityGraph.Linking.Normalization;

/// <summary>
/// Turns a mention's surface text into the key entities are linked by within a type: NFKC, case and
/// diacritics folded and Cyrillic and Greek transliterated (<see cref="NameFolding"/>), possessive 's removed,
/// leading honorifics removed for people and legal forms removed for organisations (trailing ones, including
/// two-letter forms written with a slash or dots, "A/S", "S. A.", leading ones such as "ООО", and Chinese and Japanese company affixes).
/// The key is never reduced to nothing by the removals: "Dr." alone keeps "dr".
/// </summary>
public static class EntityKeyNormalizer
{
    /// <summary>The normalized key of <paramref name="surface"/> for an entity of <paramref name="type"/>; empty when the surface has no letters or digits.</summary>
    public static string Normalize(string type, string surface) => Normalize(type, surface, germanUmlautExpansion: false);

    /// <summary>
    /// The key of <paramref name="surface"/> in a text of <paramref name="language"/>: as <see cref="Normalize(string, string)"/>,
    /// except that a leading "M." is a French title only in French; elsewhere it is an initial ("M. Waugh" is not "S. Waugh").
    /// </summary>
    public static string Normalize(string type, string surface, string? language) =>
        Normalize(type, surface, germanUmlautExpansion: false, language);

    /// <summary>The distinct keys of <paramref name="surface"/> with umlauts kept as one letter and written as two ("München": munchen, muenchen).</summary>
    public static IReadOnlyList<string> NormalizeVariants(string type, string surface)
    {
        var plain = Normalize(type, surface, germanUmlautExpansion: false);
        var expanded = Normalize(type, surface, germanUmlautExpansion: true);
        return plain == expanded ? [plain] : [plain, expanded];
    }

    private static string Normalize(string type, string surface, bool germanUmlautExpansion, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(surface);
        if (!EntityTypes.IsNamed(type))
        {
            return ValueKeys.Normalize(surface);
        }

        var folded = NameFolding.Fold(Possessives.Strip(surface.Trim()), germanUmlautExpansion);
        if (folded.Length == 0)
        {
            return folded;
        }

        if (EntityTypes.IsOrganization(type))
        {
            folded = LegalForms.StripCjk(folded);
        }

        var tokens = folded.Split(' ');
        var first = 0;
        var last = tokens.Length - 1;
        if (EntityTypes.IsPerson(type))
        {
            while (first < last && Honorifics.IsHonorific(tokens[first], language))
            {
                first++;
            }
        }

        if (EntityTypes.IsOrganization(type))
        {
            while (first < last && LegalForms.IsLeadingLegalForm(tokens[first]))
            {
                first++;
            }

            while (last > first)
            {
                if (LegalForms.IsLegalForm(tokens[last]))
                {
                    last--;
                }
                else if (last - 1 > first && tokens[last].Length <= 2 && tokens[last - 1].Length <= 2 && LegalForms.IsLegalForm(tokens[last - 1] + tokens[last]))
                {
                    last -= 2;
                }
                else
                {
                    break;
                }
            }
        }

        return string.Join(' ', tokens, first, last - first + 1);
    }

    /// <summary>The words of a normalized key.</summary>
    public static IReadOnlyList<string> Tokens(string normalizedKey)
    {
        ArgumentNullException.ThrowIfNull(normalizedKey);
        return normalizedKey.Length == 0 ? [] : normalizedKey.Split(' ');
    }
}
