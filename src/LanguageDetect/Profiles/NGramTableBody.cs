using EntityGraph.LanguageDetect.NGrams;

namespace EntityGraph.LanguageDetect.Profiles;

/// <summary>Body of an n-gram table model: scale, per-language log-priors, then rows of (n-gram, one 16-bit weight per language).</summary>
internal static class NGramTableBody
{
    private const int MaxGrams = 10_000_000;

    public static void Write(BinaryWriter writer, NGramModel model)
    {
        writer.Write(model.Scale);
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

    public static NGramModel Read(BinaryReader reader, ModelHeader header)
    {
        var scale = reader.ReadDouble();
        var languageCount = header.Languages.Length;
        var logPriors = new double[languageCount];
        for (var l = 0; l < languageCount; l++)
        {
            logPriors[l] = reader.ReadDouble();
        }

        var gramCount = LanguageProfileSerializer.ReadCount(reader, MaxGrams, "n-gram count");
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

        return new NGramModel(
            header.Name, header.Kind, header.Scripts, header.MaxOrder, scale, header.Languages, grams, weights, logPriors, retainGrams: false);
    }
}
