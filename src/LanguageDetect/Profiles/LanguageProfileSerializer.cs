using System.IO.Compression;
using System.Text;
using EntityGraph.LanguageDetect.NGrams;
using EntityGraph.LanguageDetect.Scripts;

namespace EntityGraph.LanguageDetect.Profiles;

/// <summary>
/// Reads and writes profile files: gzip over a little-endian binary body of
/// "EGLP", version, then per model its name, kind, scripts, maximum order, scale, languages, per-language log-priors and rows of
/// (n-gram, one 16-bit weight per language).
/// </summary>
internal static class LanguageProfileSerializer
{
    private const int Version = 2;
    private static readonly byte[] Magic = "EGLP"u8.ToArray();
    private const int MaxLanguages = 256;
    private const int MaxGrams = 10_000_000;

    public static void Write(LanguageProfileSet profiles, Stream destination)
    {
        using var gzip = new GZipStream(destination, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(profiles.Models.Count);
        foreach (var model in profiles.Models)
        {
            writer.Write(model.Name);
            writer.Write((byte)model.Kind);
            var scripts = model.Scripts.Scripts().ToArray();
            writer.Write(scripts.Length);
            foreach (var script in scripts)
            {
                writer.Write(script.ToString());
            }

            writer.Write(model.MaxOrder);
            writer.Write(model.Scale);
            writer.Write(model.Languages.Count);
            foreach (var language in model.Languages)
            {
                writer.Write(language);
            }

            foreach (var prior in model.LogPriors)
            {
                writer.Write(prior);
            }

            var grams = model.Grams
                ?? throw new InvalidOperationException($"Model {model.Name} was loaded without its n-grams and cannot be written.");
            writer.Write(grams.Count);
            for (var g = 0; g < grams.Count; g++)
            {
                writer.Write(grams[g]);
                foreach (var weight in model.WeightsOf(g))
                {
                    writer.Write(weight);
                }
            }
        }
    }

    public static LanguageProfileSet Read(Stream source)
    {
        try
        {
            using var gzip = new GZipStream(source, CompressionMode.Decompress, leaveOpen: true);
            using var reader = new BinaryReader(gzip, Encoding.UTF8, leaveOpen: true);
            if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic))
            {
                throw new LanguageProfileFormatException("Not a language profile file (bad magic).");
            }

            var version = reader.ReadInt32();
            if (version != Version)
            {
                throw new LanguageProfileFormatException($"Language profile version {version} is not supported (expected {Version}).");
            }

            var modelCount = ReadCount(reader, 64, "model count");
            var models = new List<NGramModel>(modelCount);
            for (var m = 0; m < modelCount; m++)
            {
                models.Add(ReadModel(reader));
            }

            return new LanguageProfileSet(models);
        }
        catch (Exception ex) when (ex is EndOfStreamException or InvalidDataException or ArgumentException or IOException)
        {
            throw new LanguageProfileFormatException($"Language profile data is corrupt: {ex.Message}", ex);
        }
    }

    private static NGramModel ReadModel(BinaryReader reader)
    {
        var name = reader.ReadString();
        var kind = (ModelKind)reader.ReadByte();
        var scripts = ScriptSet.Empty;
        var scriptCount = ReadCount(reader, 64, "script count");
        for (var s = 0; s < scriptCount; s++)
        {
            var scriptName = reader.ReadString();
            if (!Enum.TryParse<WritingScript>(scriptName, out var script) || script is WritingScript.None or WritingScript.Other)
            {
                throw new LanguageProfileFormatException($"Model {name} names unknown script '{scriptName}'.");
            }

            scripts = scripts.With(script);
        }

        var maxOrder = ReadCount(reader, 16, "maximum order");
        var scale = reader.ReadDouble();
        var languageCount = ReadCount(reader, MaxLanguages, "language count");
        var languages = new string[languageCount];
        for (var l = 0; l < languageCount; l++)
        {
            languages[l] = reader.ReadString();
        }

        var logPriors = new double[languageCount];
        for (var l = 0; l < languageCount; l++)
        {
            logPriors[l] = reader.ReadDouble();
        }

        var gramCount = ReadCount(reader, MaxGrams, "n-gram count");
        var grams = new string[gramCount];
        var weights = new short[gramCount * languageCount];
        for (var g = 0; g < gramCount; g++)
        {
            grams[g] = reader.ReadString();
            for (var l = 0; l < languageCount; l++)
            {
                weights[g * languageCount + l] = reader.ReadInt16();
            }
        }

        return new NGramModel(name, kind, scripts, maxOrder, scale, languages, grams, weights, logPriors, retainGrams: false);
    }

    private static int ReadCount(BinaryReader reader, int max, string what)
    {
        var value = reader.ReadInt32();
        if (value < 0 || value > max)
        {
            throw new LanguageProfileFormatException($"Language profile {what} {value} is out of range (0..{max}).");
        }

        return value;
    }
}
