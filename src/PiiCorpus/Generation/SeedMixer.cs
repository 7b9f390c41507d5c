namespace EntityGraph.PiiCorpus.Generation;

/// <summary>Derives independent, platform-stable seeds for the per-language random sources from the corpus seed.</summary>
internal static class SeedMixer
{
    /// <summary>A non-negative seed for stream <paramref name="stream"/> of corpus seed <paramref name="seed"/>.</summary>
    public static int Mix(int seed, int stream)
    {
        unchecked
        {
            var h = (uint)seed * 0x9E3779B1u ^ (uint)(stream + 1) * 0x85EBCA77u;
            h ^= h >> 15;
            h *= 0xC2B2AE3Du;
            h ^= h >> 13;
            h *= 0x27D4EB2Fu;
            h ^= h >> 16;
            return (int)(h & 0x7FFFFFFF);
        }
    }
}
