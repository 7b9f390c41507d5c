namespace EntityGraph.LanguageDetect.ProfileBuilder.Evaluation;

/// <summary>
/// Tells running text from lists of names, scores and titles: a sentence is prose when it has at least
/// <see cref="MinLowercaseWords"/> words of two or more letters written all in lower case, or when it has no
/// cased letters at all (Arabic, Devanagari, CJK).
/// </summary>
internal static class ProseFilter
{
    public const int MinLowercaseWords = 4;

    public static bool IsProse(string sentence)
    {
        if (!sentence.Any(c => char.IsUpper(c) || char.IsLower(c)))
        {
            return true;
        }

        var lowercaseWords = 0;
        foreach (var token in sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.Length >= 2 && token.All(char.IsLower))
            {
                lowercaseWords++;
            }
        }

        return lowercaseWords >= MinLowercaseWords;
    }
}
