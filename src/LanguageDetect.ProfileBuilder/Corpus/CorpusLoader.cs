namespace EntityGraph.LanguageDetect.ProfileBuilder.Corpus;

/// <summary>
/// Loads DATA/LANG/*.train.iob2 and *.dev.iob2. A language with no dev file has the last
/// <c>heldOutFraction</c> of its train sentences (files in name order) set aside for evaluation instead.
/// </summary>
internal static class CorpusLoader
{
    /// <summary>Languages whose tokens are joined without spaces (character- or word-tokenized CJK sets).</summary>
    private static readonly HashSet<string> JoinedWithoutSpaces = ["zh", "ja"];

    public static IReadOnlyList<LanguageCorpus> Load(string dataDirectory, double heldOutFraction, IReadOnlySet<string>? only = null)
    {
        if (!Directory.Exists(dataDirectory))
        {
            throw new CorpusFormatException($"Data folder '{dataDirectory}' does not exist.");
        }

        var corpora = new List<LanguageCorpus>();
        foreach (var folder in Directory.GetDirectories(dataDirectory).Order(StringComparer.Ordinal))
        {
            var language = Path.GetFileName(folder);
            if (only is not null && !only.Contains(language))
            {
                continue;
            }

            var corpus = LoadLanguage(folder, language, heldOutFraction);
            if (corpus is not null)
            {
                corpora.Add(corpus);
            }
        }

        if (corpora.Count == 0)
        {
            throw new CorpusFormatException($"No LANG/*.train.iob2 files under '{dataDirectory}'.");
        }

        if (only is not null && only.Except(corpora.Select(c => c.Language)).ToArray() is { Length: > 0 } missing)
        {
            throw new CorpusFormatException($"No training data under '{dataDirectory}' for: {string.Join(", ", missing)}.");
        }

        return corpora;
    }

    private static LanguageCorpus? LoadLanguage(string folder, string language, double heldOutFraction)
    {
        var separator = JoinedWithoutSpaces.Contains(language) ? "" : " ";
        var trainFiles = Directory.GetFiles(folder, "*.train.iob2").Order(StringComparer.Ordinal).ToArray();
        if (trainFiles.Length == 0)
        {
            return null;
        }

        var train = trainFiles.SelectMany(f => IobSentenceReader.Read(f, separator)).ToList();
        var devFiles = Directory.GetFiles(folder, "*.dev.iob2").Order(StringComparer.Ordinal).ToArray();
        if (devFiles.Length > 0)
        {
            var dev = devFiles.SelectMany(f => IobSentenceReader.Read(f, separator)).ToList();
            return new LanguageCorpus(language, train, dev, string.Join(", ", devFiles.Select(Path.GetFileName)));
        }

        var keep = train.Count - (int)Math.Round(train.Count * heldOutFraction);
        var source = $"last {heldOutFraction:P0} of {string.Join(", ", trainFiles.Select(Path.GetFileName))}";
        return new LanguageCorpus(language, train[..keep], train[keep..], source);
    }
}
