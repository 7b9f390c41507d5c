using System.Xml.Linq;

namespace EntityGraph.Linking.CldrGenerator;

/// <summary>Reads the current legal-tender currencies and the canonical time-zone ids from CLDR's supplemental and bcp47 data.</summary>
internal static class CldrSupplementalReader
{
    public static IReadOnlySet<string> CurrentCurrencies(string cldrDirectory)
    {
        var root = Load(Path.Combine(cldrDirectory, "supplemental", "supplementalData.xml"));
        var codes = root.Elements("currencyData").Elements("region").Elements("currency")
            .Where(currency => currency.Attribute("to") is null && (string?)currency.Attribute("tender") != "false")
            .Select(currency => (string)currency.Attribute("iso4217")!)
            .ToHashSet(StringComparer.Ordinal);
        return codes.Count > 0 ? codes : throw new CldrFormatException("supplementalData.xml lists no current currencies.");
    }

    public static IReadOnlyList<string> CityZones(string cldrDirectory)
    {
        var root = Load(Path.Combine(cldrDirectory, "bcp47", "timezone.xml"));
        var zones = root.Descendants("type")
            .Where(type => (string?)type.Attribute("deprecated") != "true" && type.Attribute("alias") is not null)
            .Select(type => ((string)type.Attribute("alias")!).Split(' ', StringSplitOptions.RemoveEmptyEntries)[0])
            .Where(ConceptKinds.IsCityZone)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        return zones.Count > 0 ? zones : throw new CldrFormatException("bcp47/timezone.xml lists no time zones.");
    }

    private static XElement Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new CldrFormatException($"CLDR file '{path}' does not exist.");
        }

        return XDocument.Load(path).Root ?? throw new CldrFormatException($"'{path}' has no root element.");
    }
}
