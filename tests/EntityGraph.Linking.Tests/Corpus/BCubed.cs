namespace EntityGraph.Linking.Tests.Corpus;

/// <summary>
/// B-cubed precision and recall of a clustering (Bagga and Baldwin 1998): for every item, the share of its predicted
/// cluster that is in its gold cluster (precision) and the share of its gold cluster that is in its predicted cluster
/// (recall), averaged over all items.
/// </summary>
public static class BCubed
{
    public static (double Precision, double Recall) Score<T>(IReadOnlyDictionary<T, string> gold, IReadOnlyDictionary<T, string> predicted)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        if (gold.Count == 0 || !gold.Keys.All(predicted.ContainsKey) || predicted.Count != gold.Count)
        {
            throw new ArgumentException("Gold and predicted clusterings must cover the same, non-empty set of items.");
        }

        var goldClusters = gold.GroupBy(p => p.Value).ToDictionary(g => g.Key, g => g.Select(p => p.Key).ToHashSet());
        var predictedClusters = predicted.GroupBy(p => p.Value).ToDictionary(g => g.Key, g => g.Select(p => p.Key).ToHashSet());
        double precision = 0;
        double recall = 0;
        foreach (var item in gold.Keys)
        {
            var g = goldClusters[gold[item]];
            var p = predictedClusters[predicted[item]];
            var both = g.Count(p.Contains);
            precision += (double)both / p.Count;
            recall += (double)both / g.Count;
        }

        return (precision / gold.Count, recall / gold.Count);
    }
}
