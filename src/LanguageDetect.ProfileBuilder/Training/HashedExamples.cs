using EntityGraph.LanguageDetect.Linear;
using EntityGraph.LanguageDetect.Scripts;

namespace EntityGraph.LanguageDetect.ProfileBuilder.Training;

/// <summary>Training sentences as sparse feature vectors: distinct buckets with count / sqrt(feature occurrences), as the model scores them.</summary>
internal static class HashedExamples
{
    public static List<(int Language, int[] Buckets, float[] Values)> Of(
        IReadOnlyList<IReadOnlyList<string>> sentences, ScriptSet scripts, int maxOrder, int bits)
    {
        var examples = new List<(int, int[], float[])>();
        var buckets = new List<int>();
        var counts = new SortedDictionary<int, int>();
        for (var l = 0; l < sentences.Count; l++)
        {
            foreach (var sentence in sentences[l])
            {
                buckets.Clear();
                HashedFeatures.Collect(sentence, scripts, maxOrder, bits, buckets);
                if (buckets.Count == 0)
                {
                    continue;
                }

                counts.Clear();
                foreach (var bucket in buckets)
                {
                    counts[bucket] = counts.GetValueOrDefault(bucket) + 1;
                }

                var norm = 1 / Math.Sqrt(buckets.Count);
                examples.Add((l, counts.Keys.ToArray(), counts.Values.Select(c => (float)(c * norm)).ToArray()));
            }
        }

        return examples;
    }
}
