using EntityGraph.LanguageDetect.NGrams;
using EntityGraph.LanguageDetect.Scripts;

namespace EntityGraph.LanguageDetect.Linear;

/// <summary>
/// Multinomial logistic regression over hashed features (<see cref="HashedFeatures"/>): logit = bias + sum of the
/// features' weights / sqrt(feature count). Weights are 8-bit, bucket-major; a stored weight w means w / Scale.
/// </summary>
internal sealed class HashedLinearModel : LanguageModel
{
    public const int MinBits = 4;
    public const int MaxBits = 24;

    private readonly sbyte[] _weights;
    private readonly double[] _biases;

    public HashedLinearModel(
        string name, ModelKind kind, ScriptSet scripts, int maxOrder, int bits, double scale, IReadOnlyList<string> languages, sbyte[] weights, double[] biases)
        : base(name, kind, scripts, maxOrder, languages)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bits, MinBits);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bits, MaxBits);
        if (!double.IsFinite(scale) || scale <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "The scale must be a positive finite number.");
        }

        if (weights.Length != (1 << bits) * languages.Count)
        {
            throw new ArgumentException($"Expected {(1 << bits) * languages.Count} weights for 2^{bits} buckets x {languages.Count} languages, got {weights.Length}.", nameof(weights));
        }

        if (biases.Length != languages.Count || biases.Any(b => !double.IsFinite(b)))
        {
            throw new ArgumentException($"Expected {languages.Count} finite biases, got {biases.Length}.", nameof(biases));
        }

        Bits = bits;
        Scale = scale;
        _weights = weights;
        _biases = biases;
    }

    /// <summary>Features are hashed into 2^Bits buckets.</summary>
    public int Bits { get; }

    public double Scale { get; }

    public IReadOnlyList<double> Biases => _biases;

    public ReadOnlySpan<sbyte> Weights => _weights;

    public override int RowCount => 1 << Bits;

    public override double[]? Probabilities(ReadOnlySpan<char> text)
    {
        var buckets = new List<int>(text.Length * (MaxOrder + 2));
        HashedFeatures.Collect(text, Scripts, MaxOrder, Bits, buckets);
        if (buckets.Count == 0)
        {
            return null;
        }

        var languageCount = Languages.Count;
        var sums = new long[languageCount];
        foreach (var bucket in buckets)
        {
            var row = _weights.AsSpan(bucket * languageCount, languageCount);
            for (var l = 0; l < languageCount; l++)
            {
                sums[l] += row[l];
            }
        }

        var factor = 1 / (Scale * Math.Sqrt(buckets.Count));
        var logits = new double[languageCount];
        for (var l = 0; l < languageCount; l++)
        {
            logits[l] = _biases[l] + sums[l] * factor;
        }

        return Softmax(logits);
    }
}
