namespace EntityGraph.Linking.Normalization;

/// <summary>Whether a string is shaped like a proper name rather than a common word.</summary>
public static class NameShape
{
    /// <summary>
    /// True when <paramref name="name"/> has a capital, a digit, a letter of a script without case (Arabic, Chinese...), or
    /// no letter at all; false for words written all in lower case in a cased script ("apple", "américain").
    /// </summary>
    public static bool IsProperName(ReadOnlySpan<char> name)
    {
        var hasLetter = false;
        foreach (var c in name)
        {
            if (char.IsUpper(c) || char.IsDigit(c) || (char.IsLetter(c) && !char.IsLower(c)))
            {
                return true;
            }

            hasLetter |= char.IsLetter(c);
        }

        return !hasLetter;
    }
}
