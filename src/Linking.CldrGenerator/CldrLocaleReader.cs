using System.Xml.Linq;

namespace EntityGraph.Linking.CldrGenerator;

/// <summary>Reads the display names of territories, languages, current currencies and time-zone cities from one main/LOCALE.xml.</summary>
internal static class CldrLocaleReader
{
    private static readonly HashSet<string?> KeptAlternatives = new(StringComparer.Ordinal) { null, "short", "variant" };

    public static IEnumerable<AliasRow> Read(string mainDirectory, string locale, IReadOnlySet<string> currencies, IReadOnlyList<string> zones)
    {
        var path = Path.Combine(mainDirectory, locale + ".xml");
        if (!File.Exists(path))
        {
            throw new CldrFormatException($"CLDR locale file '{path}' does not exist.");
        }

        var root = XDocument.Load(path).Root ?? throw new CldrFormatException($"'{path}' has no root element.");
        var language = locale.Split('_')[0];
        var rows = new List<AliasRow>();
        foreach (var territory in Elements(root, "localeDisplayNames", "territories", "territory"))
        {
            var code = (string?)territory.Attribute("type") ?? string.Empty;
            if (ConceptKinds.TerritoryType(code) is { } type && KeptAlternatives.Contains((string?)territory.Attribute("alt")))
            {
                rows.Add(new AliasRow("territory:" + code, type, language, territory.Value.Trim()));
            }
        }

        foreach (var name in Elements(root, "localeDisplayNames", "languages", "language"))
        {
            var code = (string?)name.Attribute("type") ?? string.Empty;
            var alternative = (string?)name.Attribute("alt");
            if (ConceptKinds.IsLanguageCode(code) && alternative is null or "short")
            {
                rows.Add(new AliasRow("language:" + code, "MISC", language, name.Value.Trim()));
            }
        }

        foreach (var currency in Elements(root, "numbers", "currencies", "currency"))
        {
            var code = (string?)currency.Attribute("type") ?? string.Empty;
            var display = currency.Elements("displayName").FirstOrDefault(e => e.Attribute("count") is null);
            if (currencies.Contains(code) && display is not null)
            {
                rows.Add(new AliasRow("currency:" + code, "MISC", language, display.Value.Trim()));
            }
        }

        var cities = Elements(root, "dates", "timeZoneNames", "zone")
            .Where(zone => zone.Element("exemplarCity") is not null)
            .ToDictionary(zone => (string)zone.Attribute("type")!, zone => zone.Element("exemplarCity")!.Value.Trim(), StringComparer.Ordinal);
        foreach (var zone in zones)
        {
            if (cities.TryGetValue(zone, out var city))
            {
                rows.Add(new AliasRow("city:" + zone, "LOC", language, city));
            }
            else if (language == "en")
            {
                rows.Add(new AliasRow("city:" + zone, "LOC", language, ConceptKinds.CityFromZone(zone)));
            }
        }

        return rows.Where(row => row.Name.Length > 0 && !row.Name.Contains('\t') && !row.Name.Contains('\n'));
    }

    private static IEnumerable<XElement> Elements(XElement root, params string[] path)
    {
        IEnumerable<XElement> current = [root];
        foreach (var step in path)
        {
            current = current.Elements(step);
        }

        return current;
    }
}
