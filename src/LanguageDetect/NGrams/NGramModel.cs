using EntityGraph.LanguageDetect.Scripts;

namespace EntityGraph.LanguageDetect.NGrams;

/// <summary>
/// Naive Bayes over character n-grams for the languages that share a script: one quantized log-probability
/// per (n-gram, language). Immutable and safe to share between threads.
/// </summary>
internal sealed class NGramModel : LanguageModel
{
    /// <summary>
    /// The length-normalized score difference is multiplied by min(matched n-grams, this) before the softmax, so
    /// that confidence grows with the evidence up to a sentence's worth and then depends on the margin alone.
    /// </summary>
    public const int EvidenceCap = 20;

    /// <summary>How much an n-gram from a likely name counts against one from an ordinary word.</summary>
    public const double NameWeight = 0.25;

    private readonly Dictionary<ulong, int> _index;
    private readonly short[] _weights;

    public NGramModel(
        string name,
        ModelKind kind,
        ScriptSet scripts,
        int maxOrder,
        double scale,
        IReadOnlyList<string> languages,
        IReadOnlyList<string> grams,
        short[] weights,
        double[]? logPriors = null,
        bool retainGrams = true)
        : base(name, kind, scripts, maxOrder, languages)
    {
        if (!double.IsFinite(scale) || scale <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "The scale must be a positive finite number.");
        }

        if (weights.Length != grams.Count * languages.Count)
        {
            throw new ArgumentException(
                $"Expected {grams.Count * languages.Count} weights for {grams.Count} n-grams x {languages.Count} languages, got {weights.Length}.",
                nameof(weights));
        }

        logPriors ??= new double[languages.Count];
        if (logPriors.Length != languages.Count || logPriors.Any(b => !double.IsFinite(b)))
        {
            throw new ArgumentException($"Expected {languages.Count} finite log-priors, got {logPriors.Length}.", nameof(logPriors));
        }

        LogPriors = logPriors;
        Scale = scale;
        GramCount = grams.Count;
        Grams = retainGrams ? grams.ToArray() : null;
        _weights = weights;
        _index = new Dictionary<ulong, int>(grams.Count);
        for (var i = 0; i < grams.Count; i++)
        {
            if (!_index.TryAdd(NGramHasher.Hash(grams[i]), i))
            {
                throw new ArgumentException($"N-gram '{grams[i]}' occurs twice (or collides) in model {name}.", nameof(grams));
            }
        }
    }

    /// <summary>Quantization step: a stored weight w means log-probability w / Scale.</summary>
    public double Scale { get; }

    public int GramCount { get; }

    public override int RowCount => GramCount;

    /// <summary>The n-grams by row, or null when the model was loaded for detection only (they are not needed to score).</summary>
    public IReadOnlyList<string>? Grams { get; }

    /// <summary>Per-language terms added to the softmax inputs after the evidence scaling (see DetectionEngine.Logits).</summary>
    public IReadOnlyList<double> LogPriors { get; }

    /// <summary>Softmax inputs: mean scores scaled by the evidence (capped at <see cref="EvidenceCap"/> n-grams) plus log-priors.</summary>
    public static double[] Logits(double[] meanScores, double matched, IReadOnlyList<double> logPriors)
    {
        var evidence = Math.Min(matched, EvidenceCap);
        var logits = new double[meanScores.Length];
        for (var l = 0; l < logits.Length; l++)
        {
            logits[l] = meanScores[l] * evidence + logPriors[l];
        }

        return logits;
    }

    public override double[]? Probabilities(ReadOnlySpan<char> text)
    {
        var (scores, matched) = Score(text);
        return matched <= 0 ? null : Softmax(Logits(scores, matched, LogPriors));
    }

    public ReadOnlySpan<short> WeightsOf(int gram) => _weights.AsSpan(gram * Languages.Count, Languages.Count);

    /// <summary>Scores the text per language: the mean weight of its known n-grams, those of likely names weighted by <see cref="NameWeight"/>.</summary>
    /// <returns>Per-language mean log-probabilities and the (weighted) number of known n-grams; all zero when none was known.</returns>
    public (double[] Scores, double Matched) Score(ReadOnlySpan<char> text)
    {
        var normalized = NGramNormalizer.Normalize(text, Scripts);
        var languageCount = Languages.Count;
        var plain = new long[languageCount];
        var named = new long[languageCount];
        var plainMatched = 0;
        var namedMatched = 0;
        foreach (var gram in new NGramEnumerator(normalized.Text, MaxOrder))
        {
            if (!_index.TryGetValue(gram.Hash, out var row))
            {
                continue;
            }

            var inName = normalized.GramInName(gram.Start);
            var sums = inName ? named : plain;
            namedMatched += inName ? 1 : 0;
            plainMatched += inName ? 0 : 1;
            var weights = _weights.AsSpan(row * languageCount, languageCount);
            for (var l = 0; l < languageCount; l++)
            {
                sums[l] += weights[l];
            }
        }

        var matched = plainMatched + NameWeight * namedMatched;
        var scores = new double[languageCount];
        if (matched > 0)
        {
            for (var l = 0; l < languageCount; l++)
            {
                scores[l] = (plain[l] + NameWeight * named[l]) / Scale / matched;
            }
        }

        return (scores, matched);
    }

    /// <summary>Per-row weighted occurrence counts of the text's known n-grams (the features <see cref="Score"/> averages).</summary>
    public Dictionary<int, double> Features(ReadOnlySpan<char> text)
    {
        var features = new Dictionary<int, double>();
        var normalized = NGramNormalizer.Normalize(text, Scripts);
        foreach (var gram in new NGramEnumerator(normalized.Text, MaxOrder))
        {
            if (_index.TryGetValue(gram.Hash, out var row))
            {
                var weight = normalized.GramInName(gram.Start) ? NameWeight : 1;
                features[row] = features.GetValueOrDefault(row) + weight;
            }
        }

        return features;
    }
}
