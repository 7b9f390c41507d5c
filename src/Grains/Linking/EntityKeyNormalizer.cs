using EntityGraph.Text;

namespace EntityGraph.Grains.Linking;

/// <summary>
/// Turns a mention's surface text into the key entities are linked by within a type: NFKC, case and
/// diacritics folded (<see cref="NameFolding"/>), possessive 's removed, leading honorifics removed for
/// people and trailing legal forms removed for organisations. The key is never reduced to nothing by
/// the removals: "Dr." alone keeps "dr".
/// </summary>
public static class EntityKeyNormalizer
{
    /// <summary>The normalized key of <paramref name="surface"/> for an entity of <paramref name="type"/>; empty when the surface has no letters or digits.</summary>
    public static string Normalize(string type, string surface)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(surface);
        var folded = NameFolding.Fold(Possessives.Strip(surface.Trim()));
        if (folded.Length == 0)
        {
            return folded;
        }

        var tokens = folded.Split(' ');
        var first = 0;
        var last = tokens.Length - 1;
        if (EntityTypes.IsPerson(type))
        {
            while (first < last && Honorifics.IsHonorific(tokens[first]))
            {
                first++;
            }
        }

        if (EntityTypes.IsOrganization(type))
        {
            while (last > first && LegalForms.IsLegalForm(tokens[last]))
            {
                last--;
            }
        }

        return string.Join(' ', tokens, first, last - first + 1);
    }
}
