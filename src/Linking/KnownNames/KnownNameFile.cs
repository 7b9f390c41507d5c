using System.IO.Compression;
using System.Text;

namespace EntityGraph.Linking.KnownNames;

/// <summary>
/// Reads alias tables: UTF-8 lines "concept TAB type TAB languages TAB name" (languages comma-separated), lines starting
/// with '#' and blank lines ignored. The first line of a concept names it in English.
/// </summary>
public static class KnownNameFile
{
    /// <summary>The embedded table generated from Unicode CLDR by entitygraph-cldr-aliases.</summary>
    public const string CldrResource = "EntityGraph.Linking.Data.cldr-aliases.tsv.gz";

    /// <summary>The embedded hand-written table of major cities CLDR does not name, and extra names of CLDR concepts.</summary>
    public const string CityResource = "EntityGraph.Linking.Data.city-aliases.tsv";

    /// <summary>Reads the embedded tables, CLDR first.</summary>
    public static IReadOnlyList<KnownNameRow> ReadEmbedded()
    {
        var assembly = typeof(KnownNameFile).Assembly;
        var rows = new List<KnownNameRow>();
        foreach (var (name, compressed) in new[] { (CldrResource, true), (CityResource, false) })
        {
            using var resource = assembly.GetManifestResourceStream(name) ?? throw new KnownNameFormatException($"The embedded alias table '{name}' is missing from {assembly.GetName().Name}.");
            using var stream = compressed ? new GZipStream(resource, CompressionMode.Decompress) : resource;
            rows.AddRange(Read(stream, name));
        }

        return rows;
    }

    /// <summary>Reads one table; <paramref name="origin"/> names it in error messages.</summary>
    public static IReadOnlyList<KnownNameRow> Read(Stream stream, string origin)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream, new UTF8Encoding(false, true));
        var rows = new List<KnownNameRow>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 4 || fields.Any(field => field.Trim().Length == 0))
            {
                throw new KnownNameFormatException($"{origin} line {number}: expected 'concept<TAB>type<TAB>languages<TAB>name', got '{line}'.");
            }

            var languages = fields[2].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            rows.Add(new KnownNameRow(fields[0].Trim(), fields[1].Trim().ToUpperInvariant(), languages, fields[3].Trim()));
        }

        return rows;
    }
}
