using System.IO.Compression;
using System.Text;
using EntityGraph.LanguageDetect.Linear;
using EntityGraph.LanguageDetect.NGrams;
using EntityGraph.LanguageDetect.Scripts;

namespace EntityGraph.LanguageDetect.Profiles;

/// <summary>
/// Reads and writes profile files: gzip over a little-endian binary body of "EGLP", version, model count, then per
/// model a <see cref="ModelHeader"/> (name, kind, format, scripts, maximum order, languages) and a body in its
/// format (<see cref="NGramTableBody"/>, <see cref="HashedLinearBody"/>).
/// </summary>
internal static class LanguageProfileSerializer
{
    private const int Version = 3;
    private static readonly byte[] Magic = "EGLP"u8.ToArray();
    private const int MaxLanguages = 256;

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
            writer.Write((byte)(model is HashedLinearModel ? ModelFormat.HashedLinear : ModelFormat.NGramTable));
            var scripts = model.Scripts.Scripts().ToArray();
            writer.Write(scripts.Length);
            foreach (var script in scripts)
            {
                writer.Write(script.ToString());
            }

            writer.Write(model.MaxOrder);
            writer.Write(model.Languages.Count);
            foreach (var language in model.Languages)
            {
                writer.Write(language);
            }

            switch (model)
            {
                case HashedLinearModel hashed:
                    HashedLinearBody.Write(writer, hashed);
                    break;
                case NGramModel table:
                    NGramTableBody.Write(writer, table);
                    break;
                default:
                    throw new InvalidOperationException($"Model {model.Name} has no stored format.");
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
            var models = new List<LanguageModel>(modelCount);
            for (var m = 0; m < modelCount; m++)
            {
                var header = ReadHeader(reader);
                models.Add(header.Format == ModelFormat.HashedLinear ? HashedLinearBody.Read(reader, header) : NGramTableBody.Read(reader, header));
            }

            return new LanguageProfileSet(models);
        }
        catch (Exception ex) when (ex is EndOfStreamException or InvalidDataException or ArgumentException or IOException or FormatException)
        {
            throw new LanguageProfileFormatException($"Language profile data is corrupt: {ex.Message}", ex);
        }
    }

    internal static int ReadCount(BinaryReader reader, int max, string what)
    {
        var value = reader.ReadInt32();
        if (value < 0 || value > max)
        {
            throw new LanguageProfileFormatException($"Language profile {what} {value} is out of range (0..{max}).");
        }

        return value;
    }

    private static ModelHeader ReadHeader(BinaryReader reader)
    {
        var name = reader.ReadString();
        var kind = (ModelKind)reader.ReadByte();
        var format = (ModelFormat)reader.ReadByte();
        if (!Enum.IsDefined(format))
        {
            throw new LanguageProfileFormatException($"Model {name} has unknown format {(byte)format}.");
        }

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
        var languageCount = ReadCount(reader, MaxLanguages, "language count");
        var languages = new string[languageCount];
        for (var l = 0; l < languageCount; l++)
        {
            languages[l] = reader.ReadString();
        }

        return new ModelHeader(name, kind, format, scripts, maxOrder, languages);
    }
}
