namespace EntityGraph.Linking.CldrGenerator;

/// <summary>Which CLDR codes become concepts, and the entity type each kind of concept gets.</summary>
internal static class ConceptKinds
{
    /// <summary>Region codes that name no place (unknown, pseudo-locales, the euro area) and are left out.</summary>
    private static readonly HashSet<string> SkippedTerritories = new(StringComparer.Ordinal) { "ZZ", "XA", "XB", "EZ" };

    /// <summary>Region codes CLDR lists as territories that named-entity models tag as organisations.</summary>
    private static readonly HashSet<string> OrganizationTerritories = new(StringComparer.Ordinal) { "EU", "UN" };

    public static string? TerritoryType(string code)
    {
        if (SkippedTerritories.Contains(code))
        {
            return null;
        }

        if (OrganizationTerritories.Contains(code))
        {
            return "ORG";
        }

        var isRegion = code.Length == 2 && code.All(char.IsAsciiLetterUpper);
        var isArea = code.Length == 3 && code.All(char.IsAsciiDigit);
        return isRegion || isArea ? "LOC" : null;
    }

    public static bool IsLanguageCode(string code) => code.Length == 2 && code.All(char.IsAsciiLetterLower);

    /// <summary>Zone ids whose last segment is a city: two segments, or America/Argentina/CITY; never Etc/.</summary>
    public static bool IsCityZone(string zone)
    {
        var parts = zone.Split('/');
        if (parts[0] is "Etc" or "SystemV")
        {
            return false;
        }

        return parts.Length == 2 || (parts.Length == 3 && parts[0] == "America" && parts[1] == "Argentina");
    }

    /// <summary>The English city name CLDR derives from a zone id: its last segment with underscores as spaces.</summary>
    public static string CityFromZone(string zone) => zone[(zone.LastIndexOf('/') + 1)..].Replace('_', ' ');
}
