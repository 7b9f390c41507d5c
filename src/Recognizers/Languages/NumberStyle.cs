namespace EntityGraph.Recognizers.Languages;

/// <summary>How a language writes decimals and groups thousands.</summary>
internal enum NumberStyle
{
    /// <summary>Unknown language: accept both conventions.</summary>
    Any,

    /// <summary>1,234.5 (English, Chinese, Japanese, Korean, Hindi...).</summary>
    DecimalPoint,

    /// <summary>1.234,5 or 1 234,5 (German, French, Spanish, Russian...).</summary>
    DecimalComma,
}
