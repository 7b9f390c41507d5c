namespace EntityGraph.LanguageDetect.ProfileBuilder.Training;

/// <summary>
/// Picks the vocabulary (the most frequent n-grams of each order in each language, pooled) and gives every
/// (n-gram, language) its add-alpha log-probability among the vocabulary's n-grams of that order.
/// </summary>
internal static class NaiveBayesEstimator
{
    public static (List<string> Vocabulary, double[] LogProbabilities) Estimate(IReadOnlyList<NGramCounts> counts, int topPerOrder, TrainingSettings settings)
    {
        var vocabulary = new List<string>();
        for (var n = 1; n <= settings.MaxOrder; n++)
        {
            var order = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var languageCounts in counts)
            {
                order.UnionWith(languageCounts.Order(n)
                    .OrderByDescending(kv => kv.Value)
                    .ThenBy(kv => kv.Key, StringComparer.Ordinal)
                    .Take(topPerOrder)
                    .Select(kv => kv.Key));
            }

            vocabulary.AddRange(order);
        }

        var languageCount = counts.Count;
        var logProbabilities = new double[vocabulary.Count * languageCount];
        for (var n = 1; n <= settings.MaxOrder; n++)
        {
            var rows = Enumerable.Range(0, vocabulary.Count).Where(i => vocabulary[i].Length == n).ToArray();
            for (var l = 0; l < languageCount; l++)
            {
                var total = rows.Sum(i => counts[l].Count(vocabulary[i]));
                var denominator = total + settings.Alpha * rows.Length;
                foreach (var row in rows)
                {
                    logProbabilities[row * languageCount + l] = Math.Log((counts[l].Count(vocabulary[row]) + settings.Alpha) / denominator);
                }
            }
        }

        return (vocabulary, logProbabilities);
    }
}
