using EntityGraph.LanguageDetect.Scripts;

namespace EntityGraph.LanguageDetect.NGrams;

/// <summary>A model that decides among the languages written in its scripts. Immutable and safe to share between threads.</summary>
internal abstract class LanguageModel
{
    protected LanguageModel(string name, ModelKind kind, ScriptSet scripts, int maxOrder, IReadOnlyList<string> languages)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxOrder, 1);
        if (languages.Count == 0)
        {
            throw new ArgumentException("A model needs at least one language.", nameof(languages));
        }

        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown model kind.");
        }

        Name = name;
        Kind = kind;
        Scripts = scripts;
        MaxOrder = maxOrder;
        Languages = languages.ToArray();
    }

    public string Name { get; }

    public ModelKind Kind { get; }

    public ScriptSet Scripts { get; }

    /// <summary>Longest character n-gram the model reads.</summary>
    public int MaxOrder { get; }

    public IReadOnlyList<string> Languages { get; }

    /// <summary>Stored rows (n-grams or hash buckets), for reports.</summary>
    public abstract int RowCount { get; }

    /// <summary>Per-language probabilities (in <see cref="Languages"/> order), or null when the text has no feature the model knows.</summary>
    public abstract double[]? Probabilities(ReadOnlySpan<char> text);

    /// <summary>Turns logits into probabilities in place and returns them.</summary>
    protected static double[] Softmax(double[] logits) => Logits.ToProbabilities(logits);
}
