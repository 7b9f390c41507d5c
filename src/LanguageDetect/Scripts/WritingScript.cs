namespace EntityGraph.LanguageDetect.Scripts;

/// <summary>The writing systems the detector tells apart. Values are stable: profile files store their names.</summary>
internal enum WritingScript : byte
{
    None = 0,
    Other,
    Latin,
    Greek,
    Cyrillic,
    Armenian,
    Hebrew,
    Arabic,
    Devanagari,
    Bengali,
    Gurmukhi,
    Gujarati,
    Oriya,
    Tamil,
    Telugu,
    Kannada,
    Malayalam,
    Sinhala,
    Thai,
    Lao,
    Tibetan,
    Myanmar,
    Georgian,
    Hangul,
    Khmer,
    Hiragana,
    Katakana,
    Han,
}
