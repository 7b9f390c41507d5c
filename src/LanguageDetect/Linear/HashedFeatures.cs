using EntityGraph.LanguageDetect.NGrams;
using EntityGraph.LanguageDetect.Scripts;

namespace EntityGraph.LanguageDetect.Linear;

/// <summary>
/// The features of a hashed linear model: character 1..maxOrder-grams of the normalized text (see
/// <see cref="NGramNormalizer"/>), whole words and pairs of adjacent words, each hashed into one of 2^bits buckets.
/// </summary>
internal static class HashedFeatures
{
    private const ulong WordSalt = 0x5BD1E9955BD1E995UL;
    private const ulong PairSalt = 0xC2B2AE3D27D4EB4FUL;
    private const ulong Mixer = 0x9E3779B97F4A7C15UL;

    /// <summary>Appends the bucket of every feature occurrence in <paramref name="text"/> to <paramref name="buckets"/>.</summary>
    public static void Collect(ReadOnlySpan<char> text, ScriptSet scripts, int maxOrder, int bits, List<int> buckets)
    {
        var normalized = NGramNormalizer.Normalize(text, scripts).Text;
        foreach (var gram in new NGramEnumerator(normalized, maxOrder))
        {
            buckets.Add(Bucket(gram.Hash, bits));
        }

        var previous = 0UL;
        var start = 1;
        for (var i = 1; i < normalized.Length; i++)
        {
            if (normalized[i] != ' ')
            {
                continue;
            }

            var word = NGramHasher.Hash(normalized.AsSpan(start, i - start)) ^ WordSalt;
            buckets.Add(Bucket(word, bits));
            if (start > 1)
            {
                buckets.Add(Bucket((previous * Mixer) ^ word ^ PairSalt, bits));
            }

            previous = word;
            start = i + 1;
        }
    }

    private static int Bucket(ulong hash, int bits) => (int)((hash * Mixer) >> (64 - bits));
}
