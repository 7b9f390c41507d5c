namespace EntityGraph.LanguageDetect.NGrams;

/// <summary>64-bit FNV-1a over UTF-16 code units; extending a gram by one character extends its hash.</summary>
internal static class NGramHasher
{
    public const ulong Seed = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Append(ulong hash, char c) => (hash ^ c) * Prime;

    public static ulong Hash(ReadOnlySpan<char> gram)
    {
        var hash = Seed;
        foreach (var c in gram)
        {
            hash = Append(hash, c);
        }

        return hash;
    }
}
