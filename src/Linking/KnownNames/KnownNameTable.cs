using EntityGraph.Linking.Normalization;

namespace EntityGraph.Linking.KnownNames;

/// <summary>
/// Localized names of countries, territories, cities, languages and currencies mapped to one concept each, so that
/// "Deutschland", "Germany" and "Германия" get one key (umlauts match as one letter or two: "München", "Muenchen").
/// A name whose key belongs to two concepts of one type is kept
/// for the territory when one of them is a territory (city states: "Singapore"), and dropped as ambiguous otherwise.
/// </summary>
public sealed class KnownNameTable
{
    private const int MinStem = 4;
    private const int MaxEnding = 2;

    private readonly Dictionary<(string Type, string Key), KnownName> byKey;
    private readonly Dictionary<string, List<KnownNameRow>> namesByConcept;
    private readonly Dictionary<(string Type, string Stem), HashSet<string>> byStem = [];
    private readonly Dictionary<string, KnownName> concepts;

    public KnownNameTable(IEnumerable<KnownNameRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        concepts = new Dictionary<string, KnownName>(StringComparer.Ordinal);
        namesByConcept = new Dictionary<string, List<KnownNameRow>>(StringComparer.Ordinal);
        var claims = new Dictionary<(string Type, string Key), HashSet<string>>();
        foreach (var row in rows)
        {
            var type = CanonicalType(row.Type);
            if (!concepts.TryGetValue(row.ConceptId, out var concept))
            {
                var key = EntityKeyNormalizer.Normalize(type, row.Name);
                if (key.Length == 0)
                {
                    continue;
                }

                concept = new KnownName(row.ConceptId, type, key, row.Name);
                concepts[row.ConceptId] = concept;
                namesByConcept[row.ConceptId] = [];
            }

            namesByConcept[row.ConceptId].Add(row);
            foreach (var nameKey in EntityKeyNormalizer.NormalizeVariants(concept.Type, row.Name).Where(key => key.Length > 0))
            {
                if (!claims.TryGetValue((concept.Type, nameKey), out var claimants))
                {
                    claims[(concept.Type, nameKey)] = claimants = new HashSet<string>(StringComparer.Ordinal);
                }

                claimants.Add(row.ConceptId);
                if (row.Languages.Any(language => Inflection.Of(language) == InflectionKind.CaseEndings))
                {
                    IndexStems(concept.Type, nameKey, row.ConceptId);
                }
            }
        }

        byKey = [];
        foreach (var (typedKey, claimants) in claims)
        {
            var winner = claimants.Count == 1 ? claimants.First() : PreferTerritory(claimants);
            if (winner is not null)
            {
                byKey[typedKey] = concepts[winner];
            }
            else
            {
                AmbiguousNames++;
            }
        }

        ConceptCount = concepts.Count;
    }

    /// <summary>The table built from the embedded CLDR and city tables.</summary>
    public static KnownNameTable LoadEmbedded() => new(KnownNameFile.ReadEmbedded());

    /// <summary>How many concepts the table holds.</summary>
    public int ConceptCount { get; }

    /// <summary>How many distinct name keys link to a concept.</summary>
    public int NameCount => byKey.Count;

    /// <summary>How many name keys were dropped because they belong to several concepts of one type.</summary>
    public int AmbiguousNames { get; }

    /// <summary>The concept whose name normalizes to <paramref name="normalizedKey"/> for <paramref name="type"/>, or null.</summary>
    public KnownName? Find(string type, string normalizedKey)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(normalizedKey);
        return byKey.GetValueOrDefault((CanonicalType(type), normalizedKey));
    }

    /// <summary>
    /// The concept a declined form names ("Германии", "Москве"): a name of a case-ending language whose key shares a stem
    /// of at least four letters with <paramref name="normalizedKey"/>, both ending in at most two more letters; null unless
    /// exactly one concept qualifies. Single-word keys only.
    /// </summary>
    public KnownName? FindDeclined(string type, string normalizedKey)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(normalizedKey);
        if (normalizedKey.Contains(' ', StringComparison.Ordinal))
        {
            return null;
        }

        var canonical = CanonicalType(type);
        for (var cut = 0; cut <= MaxEnding && normalizedKey.Length - cut >= MinStem; cut++)
        {
            if (byStem.TryGetValue((canonical, normalizedKey[..^cut]), out var found))
            {
                var matches = found.Where(id => concepts[id].Type == canonical).ToList();
                return matches.Count == 1 ? concepts[matches[0]] : null;
            }
        }

        return null;
    }

    /// <summary>The names of a concept in table order (English first); empty for an unknown concept.</summary>
    public IReadOnlyList<KnownNameRow> NamesOf(string conceptId) =>
        namesByConcept.TryGetValue(conceptId, out var names) ? names : [];

    /// <summary>LOC for place types, ORG for organisation types, otherwise the type in upper case.</summary>
    public static string CanonicalType(string type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var trimmed = type.Trim();
        if (EntityTypes.IsLocation(trimmed))
        {
            return "LOC";
        }

        return EntityTypes.IsOrganization(trimmed) ? "ORG" : trimmed.ToUpperInvariant();
    }

    private void IndexStems(string type, string nameKey, string conceptId)
    {
        if (nameKey.Contains(' ', StringComparison.Ordinal))
        {
            return;
        }

        for (var cut = 0; cut <= MaxEnding && nameKey.Length - cut >= MinStem; cut++)
        {
            if (!byStem.TryGetValue((type, nameKey[..^cut]), out var set))
            {
                byStem[(type, nameKey[..^cut])] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.Add(conceptId);
        }
    }

    private static string? PreferTerritory(HashSet<string> claimants)
    {
        var territories = claimants.Where(id => id.StartsWith("territory:", StringComparison.Ordinal)).ToList();
        return territories.Count == 1 ? territories[0] : null;
    }
}
