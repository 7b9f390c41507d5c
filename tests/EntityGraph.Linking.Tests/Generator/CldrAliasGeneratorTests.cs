using System.IO.Compression;
using EntityGraph.CommandLine;
using EntityGraph.Linking.CldrGenerator;
using EntityGraph.Linking.KnownNames;

namespace EntityGraph.Linking.Tests.Generator;

/// <summary>The generator on a small CLDR folder written by the test, and the table it writes read back by the linking code.</summary>
public sealed class CldrAliasGeneratorTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("entitygraph-cldr-").FullName;

    public CldrAliasGeneratorTests()
    {
        Write("supplemental/supplementalData.xml", """
            <supplementalData><currencyData>
              <region iso3166="DE"><currency iso4217="EUR" from="1999-01-01"/><currency iso4217="DEM" from="1948-06-20" to="2002-02-28"/></region>
            </currencyData></supplementalData>
            """);
        Write("bcp47/timezone.xml", """
            <ldmlBCP47><keyword><key name="tz">
              <type name="deber" alias="Europe/Berlin"/>
              <type name="rumow" alias="Europe/Moscow W-SU"/>
              <type name="usknx" alias="America/Indiana/Knox"/>
              <type name="utc" alias="Etc/UTC"/>
              <type name="old" alias="Europe/Old" deprecated="true"/>
            </key></keyword></ldmlBCP47>
            """);
        Write("main/en.xml", """
            <ldml><localeDisplayNames>
              <languages><language type="de">German</language><language type="de_AT">Austrian German</language></languages>
              <territories><territory type="DE">Germany</territory><territory type="US">United States</territory><territory type="US" alt="short">US</territory>
                <territory type="EU">European Union</territory><territory type="ZZ">Unknown Region</territory></territories>
            </localeDisplayNames>
            <dates><timeZoneNames><zone type="Europe/Berlin"><exemplarCity>Berlin</exemplarCity></zone></timeZoneNames></dates>
            <numbers><currencies><currency type="EUR"><displayName>Euro</displayName><displayName count="other">euros</displayName></currency>
              <currency type="DEM"><displayName>German Mark</displayName></currency></currencies></numbers></ldml>
            """);
        Write("main/ru.xml", """
            <ldml><localeDisplayNames>
              <languages><language type="de">немецкий</language></languages>
              <territories><territory type="DE">Германия</territory><territory type="FR">Франция</territory></territories>
            </localeDisplayNames>
            <dates><timeZoneNames><zone type="Europe/Moscow"><exemplarCity>Москва</exemplarCity></zone></timeZoneNames></dates></ldml>
            """);
    }

    [Fact]
    public void Generates_territories_languages_current_currencies_and_cities_english_first()
    {
        var output = Path.Combine(root, "out", "aliases.tsv.gz");

        var summary = CldrAliasGenerator.Generate(new GeneratorOptions(root, output, ["en", "ru"]));

        var lines = ReadLines(output).Where(line => !line.StartsWith('#')).ToList();
        Assert.Equal(
        [
            "city:Europe/Berlin\tLOC\ten\tBerlin",
            "city:Europe/Moscow\tLOC\ten\tMoscow",
            "city:Europe/Moscow\tLOC\tru\tМосква",
            "currency:EUR\tMISC\ten\tEuro",
            "language:de\tMISC\ten\tGerman",
            "language:de\tMISC\tru\tнемецкий",
            "territory:DE\tLOC\ten\tGermany",
            "territory:DE\tLOC\tru\tГермания",
            "territory:EU\tORG\ten\tEuropean Union",
            "territory:US\tLOC\ten\tUnited States",
            "territory:US\tLOC\ten\tUS",
        ], lines);
        Assert.Contains("wrote 11 names of 7 concepts", summary, StringComparison.Ordinal);

        using var stream = new GZipStream(File.OpenRead(output), CompressionMode.Decompress);
        var table = new KnownNameTable(KnownNameFile.Read(stream, output));
        Assert.Equal("territory:DE", table.Find("LOC", "germaniya")!.ConceptId);
        Assert.Equal("germany", table.Find("LOC", "germaniya")!.Key);
    }

    [Fact]
    public void A_missing_cldr_file_is_a_clear_error()
    {
        var error = Assert.Throws<CldrFormatException>(() => CldrAliasGenerator.Generate(new GeneratorOptions(root, Path.Combine(root, "x.gz"), ["en", "xx"])));

        Assert.Contains("xx.xml", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new string[0], "Option '--out' is required.")]
    [InlineData(new[] { "--out" }, "Required argument missing for option: '--out'.")]
    [InlineData(new[] { "--out", "a.gz", "--locales", "de,fr" }, "--locales must include 'en'")]
    [InlineData(new[] { "--out", "a.gz", "--locales", "," }, "--locales must name at least one locale")]
    [InlineData(new[] { "--out", "a.gz", "--bogus" }, "Unrecognized command or argument '--bogus'")]
    public async Task Bad_command_lines_are_usage_errors(string[] args, string message)
    {
        var (code, options, error) = await ParseAsync(args);

        Assert.Equal(CommandLineApp.UsageExitCode, code);
        Assert.Null(options);
        Assert.Contains($"entitygraph-cldr-aliases: error: {message}", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Defaults_cover_the_linked_languages()
    {
        var (code, options, _) = await ParseAsync("--out", "a.gz");
        using var help = new StringWriter();

        Assert.Equal(0, code);
        Assert.Equal(GeneratorOptions.DefaultCldrDirectory, options!.CldrDirectory);
        Assert.Contains("zh_Hant", options.Locales);
        Assert.Equal(0, await new CommandLineApp("entitygraph-cldr-aliases", new CommandDefinition(GeneratorOptions.Spec, (_, _) => Task.FromResult(1))).RunAsync(["--help"], help, TextWriter.Null));
        Assert.Contains("--locales <LIST>", help.ToString(), StringComparison.Ordinal);
    }

    /// <summary>The options the generator's command line gives, or null when it refuses the arguments.</summary>
    private static async Task<(int Code, GeneratorOptions? Options, string Error)> ParseAsync(params string[] args)
    {
        GeneratorOptions? options = null;
        using var error = new StringWriter();
        var app = new CommandLineApp("entitygraph-cldr-aliases", new CommandDefinition(GeneratorOptions.Spec, (arguments, _) =>
        {
            options = GeneratorOptions.From(arguments);
            return Task.FromResult(0);
        }));
        var code = await app.RunAsync(args, TextWriter.Null, error);
        return (code, options, error.ToString());
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private void Write(string relative, string content)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    private static List<string> ReadLines(string path)
    {
        using var stream = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }
}
