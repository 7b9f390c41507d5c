using System.Collections.Frozen;
using EntityGraph.LanguageDetect.Scripts;

namespace EntityGraph.LanguageDetect.NGrams;

/// <summary>
/// Naive Bayes over character n-grams for the languages that share a script: one quantized log-probability
/// per (n-gram, language). Immutable and safe to share between threads.
/// </summary>
internal sealed class NGramModel
{
    private readonly FrozenDictionary<ulong, int> _index;
    private readonly short[] _weights;

    public NGramModel(
        string name,
        ScriptSet scripts,
        int maxOrder,
        double scale,
        IReadOnlyList<string> languages,
        IReadOnlyList<string> grams,
        short[] weights)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxOrder, 1);
        if (!double.IsFinite(scale) || scale <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "The scale must be a positive finite number.");
        }

        if (languages.Count == 0)
        {
            throw new ArgumentException("A model needs at least one language.", nameof(languages));
        }

        if (weights.Length != grams.Count * languages.Count)
        {
            throw new ArgumentException(
                $"Expected {grams.Count * languages.Count} weights for {grams.Count} n-grams x {languages.Count} languages, got {weights.Length}.",
                nameof(weights));
        }

        Name = name;
        Scripts = scripts;
        MaxOrder = maxOrder;
        Scale = scale;
        Languages = languages.ToArray();
        Grams = grams.ToArray();
        _weights = weights;
        var index = new Dictionary<ulong, int>(grams.Count);
        for (var i = 0; i < grams.Count; i++)
        {
            if (!index.TryAdd(NGramHasher.Hash(grams[i]), i))
            {
                throw new ArgumentException($"N-gram '{grams[i]}' occurs twice (or collides) in model {name}.", nameof(grams));
            }
        }

        _index = index.ToFrozenDictionary();
    }

    public string Name { get; }

    public ScriptSet Scripts { get; }

    public int MaxOrder { get; }

    /// <summary>Quantization step: a stored weight w means log-probability w / Scale.</summary>
    public double Scale { get; }

    public IReadOnlyList<string> Languages { get; }

    public IReadOnlyList<string> Grams { get; }

    public ReadOnlySpan<short> WeightsOf(int gram) => _weights.AsSpan(gram * Languages.Count, Languages.Count);

    /// <summary>Sums the log-probabilities of every known n-gram of the text per language.</summary>
    /// <returns>Per-language log-likelihoods and the number of n-grams that were known.</returns>
    public (double[] LogLikelihoods, int Matched) Score(ReadOnlySpan<char> text)
    {
        var normalized = NGramNormalizer.Normalize(text, Scripts);
        var languageCount = Languages.Count;
        var sums = new long[languageCount];
        var matched = 0;
        foreach (var gram in new NGramEnumerator(normalized, MaxOrder))
        {
            if (_index.TryGetValue(gram.Hash, out var row))
            {
                matched++;
                var weights = _weights.AsSpan(row * languageCount, languageCount);
                for (var l = 0; l < languageCount; l++)
                {
                    sums[l] += weights[l];
                }
            }
        }

        var logLikelihoods = new double[languageCount];
        for (var l = 0; l < languageCount; l++)
        {
            logLikelihoods[l] = sums[l] / Scale;
        }

        return (logLikelihoods, matched);
    }
}
