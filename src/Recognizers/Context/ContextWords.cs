using System.Collections.Frozen;

namespace EntityGraph.Recognizers.Context;

/// <summary>
/// Words that make a candidate more likely to be what it looks like ("IBAN" before an account number, "PESEL" before
/// eleven digits), per language; "*" lists words for every language. When one occurs in the
/// <see cref="WindowBefore"/> characters before a candidate or the <see cref="WindowAfter"/> after it (case-insensitive),
/// the score rises by <see cref="Boost"/>, to at most 1. A word counts where it begins a word of the text (it may begin a
/// compound, "Telefon" in "Telefonnummer"), not inside one ("ip" in "relationship", "tin" in "meeting").
/// </summary>
public sealed class ContextWords
{
    /// <summary>How far before a candidate context words are looked for, in characters.</summary>
    public const int WindowBefore = 60;

    /// <summary>How far after a candidate context words are looked for, in characters.</summary>
    public const int WindowAfter = 25;

    /// <summary>How much a context word raises a score.</summary>
    public const double Boost = 0.35;

    private readonly FrozenDictionary<string, string[]> byLanguage;
    private readonly string[] everyLanguage;

    /// <summary>Words by language (primary subtags); the key "*" holds words for every language.</summary>
    public ContextWords(IReadOnlyDictionary<string, IReadOnlyList<string>> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        byLanguage = words
            .Where(pair => pair.Key != "*")
            .ToFrozenDictionary(pair => pair.Key, pair => pair.Value.Select(w => w.ToLowerInvariant()).ToArray(), StringComparer.Ordinal);
        everyLanguage = words.TryGetValue("*", out var common) ? common.Select(w => w.ToLowerInvariant()).ToArray() : [];
    }

    /// <summary>No context words.</summary>
    public static ContextWords None { get; } = new(new Dictionary<string, IReadOnlyList<string>>());

    /// <summary>The score of a candidate at <c>text[start..end]</c>: <paramref name="score"/>, raised when a context word is near.</summary>
    public double Score(string text, int start, int end, string primaryLanguage, double score)
    {
        ArgumentNullException.ThrowIfNull(text);
        return HasContext(text, start, end, primaryLanguage) ? Math.Min(1.0, score + Boost) : score;
    }

    /// <summary>Whether a context word for the language (or for every language) is near <c>text[start..end]</c>.</summary>
    public bool HasContext(string text, int start, int end, string primaryLanguage)
    {
        ArgumentNullException.ThrowIfNull(text);
        var own = byLanguage.GetValueOrDefault(primaryLanguage) ?? [];
        if (own.Length == 0 && everyLanguage.Length == 0)
        {
            return false;
        }

        var from = Math.Max(0, start - WindowBefore);
        var to = Math.Min(text.Length, end + WindowAfter);
        foreach (var word in own)
        {
            if (StartsAWord(text, from, start, word) || StartsAWord(text, end, to, word))
            {
                return true;
            }
        }

        foreach (var word in everyLanguage)
        {
            if (StartsAWord(text, from, start, word) || StartsAWord(text, end, to, word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="word"/> occurs within <c>text[from..to]</c> where no letter or digit precedes it.</summary>
    private static bool StartsAWord(string text, int from, int to, string word)
    {
        var window = text.AsSpan(from, to - from);
        for (var offset = 0; offset < window.Length;)
        {
            var at = window[offset..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return false;
            }

            var index = from + offset + at;
            if (index == 0 || !char.IsLetterOrDigit(text[index - 1]))
            {
                return true;
            }

            offset += at + 1;
        }

        return false;
    }
}
