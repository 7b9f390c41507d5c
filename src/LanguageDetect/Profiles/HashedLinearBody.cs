using EntityGraph.LanguageDetect.Linear;

namespace EntityGraph.LanguageDetect.Profiles;

/// <summary>
/// Body of a hashed linear model: bucket bits, scale, per-language biases, then the buckets with any non-zero weight
/// as (gap from the previous such bucket, 7-bit encoded; one 8-bit weight per language).
/// </summary>
internal static class HashedLinearBody
{
    public static void Write(BinaryWriter writer, HashedLinearModel model)
    {
        writer.Write(model.Bits);
        writer.Write(model.Scale);
        foreach (var bias in model.Biases)
        {
            writer.Write(bias);
        }

        var languageCount = model.Languages.Count;
        var weights = model.Weights;
        var used = new List<int>();
        for (var b = 0; b < model.RowCount; b++)
        {
            if (weights.Slice(b * languageCount, languageCount).ContainsAnyExcept((sbyte)0))
            {
                used.Add(b);
            }
        }

        writer.Write(used.Count);
        var previous = -1;
        foreach (var bucket in used)
        {
            writer.Write7BitEncodedInt(bucket - previous);
            previous = bucket;
            foreach (var weight in weights.Slice(bucket * languageCount, languageCount))
            {
                writer.Write(weight);
            }
        }
    }

    public static HashedLinearModel Read(BinaryReader reader, ModelHeader header)
    {
        var bits = reader.ReadInt32();
        if (bits is < HashedLinearModel.MinBits or > HashedLinearModel.MaxBits)
        {
            throw new LanguageProfileFormatException($"Model {header.Name}: bucket bits {bits} out of range.");
        }

        var scale = reader.ReadDouble();
        var languageCount = header.Languages.Length;
        var biases = new double[languageCount];
        for (var l = 0; l < languageCount; l++)
        {
            biases[l] = reader.ReadDouble();
        }

        var buckets = 1 << bits;
        var weights = new sbyte[buckets * languageCount];
        var used = LanguageProfileSerializer.ReadCount(reader, buckets, "used bucket count");
        var bucket = -1;
        for (var u = 0; u < used; u++)
        {
            bucket += reader.Read7BitEncodedInt();
            if (bucket < 0 || bucket >= buckets)
            {
                throw new LanguageProfileFormatException($"Model {header.Name}: bucket {bucket} out of range.");
            }

            for (var l = 0; l < languageCount; l++)
            {
                weights[bucket * languageCount + l] = reader.ReadSByte();
            }
        }

        return new HashedLinearModel(header.Name, header.Kind, header.Scripts, header.MaxOrder, bits, scale, header.Languages, weights, biases);
    }
}
