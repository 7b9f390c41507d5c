using EntityGraph.CommandLine;

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

    /// <summary>The command line of entitygraph-cldr-aliases.</summary>
    public static CommandSpec Spec { get; } = new(
        "entitygraph-cldr-aliases",
        "Write the known-name table from Unicode CLDR: territory, language and currency names and the exemplar cities of time zones, in the chosen locales.",
        [
            new OptionSpec("out", "FILE.tsv.gz", "The gzip-compressed alias table to write.") { Required = true },
            new OptionSpec("cldr", "DIR", $"CLDR 'common' folder (default {DefaultCldrDirectory}, Debian package unicode-cldr-core)."),
            new OptionSpec("locales", "LIST", $"Comma-separated CLDR locales, en among them (default: {string.Join(',', DefaultLocales)})."),
        ]);

    /// <summary>The options of a parsed command line.</summary>
    /// <exception cref="UsageException">--locales names no locale, or not en.</exception>
    public static GeneratorOptions From(CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var locales = arguments.Value("locales")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (locales is { Length: 0 })
        {
            throw new UsageException("--locales must name at least one locale");
        }

        if (locales is not null && !locales.Contains("en", StringComparer.Ordinal))
        {
            throw new UsageException("--locales must include 'en': English names are the canonical names of the table");
        }

        return new GeneratorOptions(arguments.Value("cldr") ?? DefaultCldrDirectory, arguments.Required("out"), locales ?? DefaultLocales);
    }
}
