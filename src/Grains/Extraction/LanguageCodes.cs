using System.Text.RegularExpressions;

namespace EntityGraph.Grains.Extraction;

/// <summary>Checks and normalizes language tags: a 2–3 letter ISO 639 code, optionally with subtags ("zh-Hans", "pt-BR").</summary>
public static partial class LanguageCodes
{
    /// <summary>The code for text whose language cannot be determined.</summary>
    public const string Undetermined = "und";

    /// <summary>Normalizes <paramref name="language"/> (trimmed, primary subtag lower-case, '_' read as '-').</summary>
    public static bool TryNormalize(string? language, out string normalized)
    {
        normalized = string.Empty;
        if (string.IsNullOrWhiteSpace(language))
        {
            return false;
        }

        var candidate = language.Trim().Replace('_', '-');
        if (!Pattern().IsMatch(candidate))
        {
            return false;
        }

        var dash = candidate.IndexOf('-', StringComparison.Ordinal);
        normalized = dash < 0
            ? candidate.ToLowerInvariant()
            : string.Concat(candidate[..dash].ToLowerInvariant(), candidate[dash..]);
        return true;
    }

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
