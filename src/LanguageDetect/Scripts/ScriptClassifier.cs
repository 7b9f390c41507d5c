using System.Text;

namespace EntityGraph.LanguageDetect.Scripts;

/// <summary>Maps letters to their script by Unicode block.</summary>
internal static class ScriptClassifier
{
    /// <summary>The script of a letter, <see cref="WritingScript.None"/> for anything that is not a letter.</summary>
    public static WritingScript Classify(Rune rune) =>
        Rune.IsLetter(rune) ? ClassifyCodePoint(rune.Value) : WritingScript.None;

    /// <summary>The script of a UTF-16 code unit that is a letter in the basic plane, else <see cref="WritingScript.None"/>.</summary>
    public static WritingScript Classify(char c) =>
        char.IsLetter(c) ? ClassifyCodePoint(c) : WritingScript.None;

    /// <summary>The script block a code point belongs to, whether or not it is a letter.</summary>
    public static WritingScript ClassifyCodePoint(int cp) => cp switch
    {
        < 0x0250 => WritingScript.Latin,
        < 0x0370 => cp < 0x02B0 ? WritingScript.Latin : WritingScript.Other,
        < 0x0400 => WritingScript.Greek,
        < 0x0530 => WritingScript.Cyrillic,
        < 0x0590 => WritingScript.Armenian,
        < 0x0600 => WritingScript.Hebrew,
        < 0x0700 => WritingScript.Arabic,
        < 0x0750 => WritingScript.Other,
        < 0x0780 => WritingScript.Arabic,
        < 0x08A0 => WritingScript.Other,
        < 0x0900 => WritingScript.Arabic,
        < 0x0980 => WritingScript.Devanagari,
        < 0x0A00 => WritingScript.Bengali,
        < 0x0A80 => WritingScript.Gurmukhi,
        < 0x0B00 => WritingScript.Gujarati,
        < 0x0B80 => WritingScript.Oriya,
        < 0x0C00 => WritingScript.Tamil,
        < 0x0C80 => WritingScript.Telugu,
        < 0x0D00 => WritingScript.Kannada,
        < 0x0D80 => WritingScript.Malayalam,
        < 0x0E00 => WritingScript.Sinhala,
        < 0x0E80 => WritingScript.Thai,
        < 0x0F00 => WritingScript.Lao,
        < 0x1000 => WritingScript.Tibetan,
        < 0x10A0 => WritingScript.Myanmar,
        < 0x1100 => WritingScript.Georgian,
        < 0x1200 => WritingScript.Hangul,
        < 0x1780 => WritingScript.Other,
        < 0x1800 => WritingScript.Khmer,
        < 0x1C80 => WritingScript.Other,
        < 0x1C90 => WritingScript.Cyrillic,
        < 0x1CC0 => WritingScript.Georgian,
        < 0x1E00 => WritingScript.Other,
        < 0x1F00 => WritingScript.Latin,
        < 0x2000 => WritingScript.Greek,
        < 0x2C60 => WritingScript.Other,
        < 0x2C80 => WritingScript.Latin,
        < 0x2D00 => WritingScript.Other,
        < 0x2D30 => WritingScript.Georgian,
        < 0x2DE0 => WritingScript.Other,
        < 0x2E00 => WritingScript.Cyrillic,
        < 0x2E80 => WritingScript.Other,
        < 0x3000 => WritingScript.Han,
        < 0x3040 => cp is 0x3005 or 0x3007 or 0x303B ? WritingScript.Han : WritingScript.Other,
        < 0x30A0 => WritingScript.Hiragana,
        < 0x3100 => WritingScript.Katakana,
        < 0x3130 => WritingScript.Other,
        < 0x3190 => WritingScript.Hangul,
        < 0x31F0 => WritingScript.Other,
        < 0x3200 => WritingScript.Katakana,
        < 0x3400 => WritingScript.Other,
        < 0xA000 => WritingScript.Han,
        < 0xA640 => WritingScript.Other,
        < 0xA6A0 => WritingScript.Cyrillic,
        < 0xA720 => WritingScript.Other,
        < 0xA800 => WritingScript.Latin,
        < 0xA8E0 => WritingScript.Other,
        < 0xA900 => WritingScript.Devanagari,
        < 0xA960 => WritingScript.Other,
        < 0xA980 => WritingScript.Hangul,
        < 0xAB30 => WritingScript.Other,
        < 0xAB70 => WritingScript.Latin,
        < 0xAC00 => WritingScript.Other,
        < 0xD800 => WritingScript.Hangul,
        < 0xF900 => WritingScript.Other,
        < 0xFB00 => WritingScript.Han,
        < 0xFB1D => WritingScript.Latin,
        < 0xFB50 => WritingScript.Hebrew,
        < 0xFE00 => WritingScript.Arabic,
        < 0xFE70 => WritingScript.Other,
        < 0xFF00 => WritingScript.Arabic,
        < 0xFF21 => WritingScript.Other,
        < 0xFF3B => WritingScript.Latin,
        < 0xFF41 => WritingScript.Other,
        < 0xFF5B => WritingScript.Latin,
        < 0xFF66 => WritingScript.Other,
        < 0xFFA0 => WritingScript.Katakana,
        < 0xFFE0 => WritingScript.Hangul,
        < 0x20000 => WritingScript.Other,
        < 0x32000 => WritingScript.Han,
        _ => WritingScript.Other,
    };
}
