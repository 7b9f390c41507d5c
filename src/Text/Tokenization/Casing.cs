using System.Text;

namespace EntityGraph.Text.Tokenization;

/// <summary>Classifies the letter case of a word.</summary>
public static class Casing
{
    public static CasingClass Classify(ReadOnlySpan<char> word)
    {
        var letters = 0;
        var upper = 0;
        var firstIsUpper = false;
        var upperAfterFirst = false;
        foreach (var rune in word.EnumerateRunes())
        {
            if (!Rune.IsLetter(rune))
            {
                continue;
            }

            var isUpper = Rune.IsUpper(rune) || Rune.GetUnicodeCategory(rune) == System.Globalization.UnicodeCategory.TitlecaseLetter;
            var isLower = Rune.IsLower(rune);
            if (!isUpper && !isLower)
            {
                continue;
            }

            if (letters == 0)
            {
                firstIsUpper = isUpper;
            }
            else if (isUpper)
            {
                upperAfterFirst = true;
            }

            letters++;
            if (isUpper)
            {
                upper++;
            }
        }

        if (letters == 0)
        {
            return CasingClass.None;
        }

        if (upper == 0)
        {
            return CasingClass.Lower;
        }

        if (upper == letters)
        {
            return letters == 1 ? CasingClass.Title : CasingClass.Upper;
        }

        return firstIsUpper && !upperAfterFirst ? CasingClass.Title : CasingClass.Mixed;
    }
}
