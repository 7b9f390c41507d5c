namespace EntityGraph.Linking.Normalization;

/// <summary>Entity type names as the models emit them, grouped by what linking and tagging do with them.</summary>
public static class EntityTypes
{
    private static readonly HashSet<string> Untaggable = new(StringComparer.OrdinalIgnoreCase)
    {
        "DATE", "TIME", "MONEY", "PERCENT", "EMAIL", "PHONE", "URL", "CARDINAL", "ORDINAL", "QUANTITY",
    };

    /// <summary>True for person types (PER, PERSON).</summary>
    public static bool IsPerson(string type) => type.Equals("PER", StringComparison.OrdinalIgnoreCase) || type.Equals("PERSON", StringComparison.OrdinalIgnoreCase);

    /// <summary>True for organisation types (ORG, ORGANIZATION, ORGANISATION).</summary>
    public static bool IsOrganization(string type) =>
        type.Equals("ORG", StringComparison.OrdinalIgnoreCase)
        || type.Equals("ORGANIZATION", StringComparison.OrdinalIgnoreCase)
        || type.Equals("ORGANISATION", StringComparison.OrdinalIgnoreCase);

    /// <summary>True for place types (LOC, GPE, LOCATION).</summary>
    public static bool IsLocation(string type) =>
        type.Equals("LOC", StringComparison.OrdinalIgnoreCase)
        || type.Equals("GPE", StringComparison.OrdinalIgnoreCase)
        || type.Equals("LOCATION", StringComparison.OrdinalIgnoreCase);

    /// <summary>False for value-like types (dates, amounts, contact details) that never become document tags.</summary>
    public static bool IsTaggable(string type) => !Untaggable.Contains(type);

    /// <summary>True for the named types that linking joins across documents; value-like types only link by exact key.</summary>
    public static bool IsNamed(string type) => IsTaggable(type);

    /// <summary>The link group every named type shares: one name is one entity whatever type each mention got.</summary>
    public const string NamedGroup = "NAME";

    /// <summary>The value-like types: each is a link group of its own, and never joins a name.</summary>
    public static IReadOnlyCollection<string> ValueTypes => Untaggable;

    /// <summary>
    /// Which keys decide together: <see cref="NamedGroup"/> for every named type (a name mentioned as ORG in one document
    /// and as PER or LOC in another links to one entity), the type itself for a value type.
    /// </summary>
    public static string LinkGroup(string type) => IsNamed(type) ? NamedGroup : type;
}
