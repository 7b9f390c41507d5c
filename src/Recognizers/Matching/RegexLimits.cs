namespace EntityGraph.Recognizers.Matching;

/// <summary>Shared regex settings: every pattern gives up after this long on a single match attempt.</summary>
internal static class RegexLimits
{
    public const int TimeoutMilliseconds = 1000;

    public static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(TimeoutMilliseconds);
}
