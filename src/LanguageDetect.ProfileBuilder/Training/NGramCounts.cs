using EntityGraph.LanguageDetect.NGrams;
using EntityGraph.LanguageDetect.Scripts;

namespace EntityGraph.LanguageDetect.ProfileBuilder.Training;

/// <summary>How often each n-gram (per order) occurs in one language's training text.</summary>
internal sealed class NGramCounts
{
    private readonly Dictionary<string, double>[] _byOrder;

    internal NGramCounts(int maxOrder)
    {
        _byOrder = new Dictionary<string, double>[maxOrder + 1];
        for (var n = 1; n <= maxOrder; n++)
        {
            _byOrder[n] = new Dictionary<string, double>(StringComparer.Ordinal);
        }
    }

    public int MaxOrder => _byOrder.Length - 1;

    public IReadOnlyDictionary<string, double> Order(int n) => _byOrder[n];

    public double Count(string gram) => _byOrder[gram.Length].GetValueOrDefault(gram);

    internal static NGramCounts Of(IEnumerable<string> sentences, ScriptSet scripts, int maxOrder, double nameWeight)
    {
        var counts = new NGramCounts(maxOrder);
        var lookups = counts._byOrder.Skip(1).Select(d => d.GetAlternateLookup<ReadOnlySpan<char>>()).ToArray();
        foreach (var sentence in sentences)
        {
            var normalized = NGramNormalizer.Normalize(sentence, scripts);
            foreach (var gram in new NGramEnumerator(normalized.Text, maxOrder))
            {
                var span = normalized.Text.AsSpan(gram.Start, gram.Length);
                var weight = normalized.GramInName(gram.Start) ? nameWeight : 1;
                var lookup = lookups[gram.Length - 1];
                lookup[span] = lookup.TryGetValue(span, out var count) ? count + weight : weight;
            }
        }

        return counts;
    }
}
