namespace EntityGraph.Linking.CldrGenerator;

/// <summary>Where the CLDR data is, which locales to read and where the alias table goes.</summary>
public sealed record GeneratorOptions(string CldrDirectory, string OutputPath, IReadOnlyList<string> Locales)
{
    public const string DefaultCldrDirectory = "/usr/share/unicode/cldr/common";

    /// <summary>The locales EntityGraph links across; sr_Latn and zh_Hant add the second script of Serbian and Chinese.</summary>
    public static readonly IReadOnlyList<string> DefaultLocales =
    [
        "en", "de", "fr", "es", "nl", "pt", "it", "pl", "ru", "sv", "da", "hr", "sr", "sr_Latn", "sk", "ar", "hi", "zh", "zh_Hant", "ja", "ko",
    ];

    public const string Usage = """
        usage: entitygraph-cldr-aliases --out FILE.tsv.gz [--cldr DIR] [--locales en,de,...]
          --cldr DIR      CLDR 'common' folder (default /usr/share/unicode/cldr/common, Debian package unicode-cldr-core)
          --out FILE      the gzip-compressed alias table to write
          --locales LIST  comma-separated CLDR locales (default: en,de,fr,es,nl,pt,it,pl,ru,sv,da,hr,sr,sr_Latn,sk,ar,hi,zh,zh_Hant,ja,ko)
        """;

    /// <summary>Parses the arguments; null when help was asked for.</summary>
    public static GeneratorOptions? Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? cldr = null;
        string? output = null;
        IReadOnlyList<string>? locales = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--help" or "-h":
                    return null;
                case "--cldr":
                    cldr = Next(args, ref i);
                    break;
                case "--out":
                    output = Next(args, ref i);
                    break;
                case "--locales":
                    locales = Next(args, ref i).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    break;
                default:
                    throw new GeneratorUsageException($"unknown argument '{args[i]}'");
            }
        }

        if (output is null)
        {
            throw new GeneratorUsageException("--out is required");
        }

        if (locales is { Count: 0 })
        {
            throw new GeneratorUsageException("--locales must name at least one locale");
        }

        if (locales is not null && !locales.Contains("en", StringComparer.Ordinal))
        {
            throw new GeneratorUsageException("--locales must include 'en': English names are the canonical names of the table");
        }

        return new GeneratorOptions(cldr ?? DefaultCldrDirectory, output, locales ?? DefaultLocales);
    }

    private static string Next(IReadOnlyList<string> args, ref int i)
    {
        if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
        {
            throw new GeneratorUsageException($"{args[i]} needs a value");
        }

        return args[++i];
    }
}
