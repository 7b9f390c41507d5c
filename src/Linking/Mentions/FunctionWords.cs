using System.Collections.Frozen;

namespace EntityGraph.Linking.Mentions;

/// <summary>
/// Articles, prepositions, conjunctions and determiners per language (the embedded <c>function-words.tsv</c>): words that
/// begin or end a name span only when a model took a neighbouring word into the name.
/// </summary>
public static class FunctionWords
{
    private const string ResourceName = "EntityGraph.Linking.Data.function-words.tsv";

    private static readonly Lazy<FrozenDictionary<string, FrozenSet<string>>> Lists = new(Load);

    /// <summary>The languages with a list.</summary>
    public static IReadOnlyCollection<string> Languages => Lists.Value.Keys;

    /// <summary>True when <paramref name="word"/> (any case) is a function word of <paramref name="language"/> (its primary subtag).</summary>
    public static bool Contains(string language, string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Lists.Value.TryGetValue(Primary(language), out var words) && words.Contains(word.ToLowerInvariant());
    }

    private static string Primary(string? language)
    {
        if (string.IsNullOrEmpty(language))
        {
            return string.Empty;
        }

        var dash = language.IndexOfAny(['-', '_']);
        return (dash > 0 ? language[..dash] : language).ToLowerInvariant();
    }

    private static FrozenDictionary<string, FrozenSet<string>> Load()
    {
        var assembly = typeof(FunctionWords).Assembly;
        using var stream = assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded function-word table '{ResourceName}' is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var lists = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                throw new InvalidOperationException($"Bad line in '{ResourceName}': '{line}' (expected LANGUAGE<TAB>words).");
            }

            lists[line[..tab]] = line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);
        }

        return lists.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
