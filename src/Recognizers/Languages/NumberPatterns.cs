namespace EntityGraph.Recognizers.Languages;

/// <summary>Regex fragments for written numbers, one per <see cref="NumberStyle"/>; the first alternative that fits wins.</summary>
internal static class NumberPatterns
{
    /// <summary>Space-like characters allowed between a number and its unit or between digit groups.</summary>
    public const string Space = "[ \\u00A0\\u202F]";

    /// <summary>1,234,567.89 / 1,00,000 (Indian grouping) / 1 234 567.89 (SI) / 1234.5.</summary>
    public const string DecimalPoint =
        "(?:[0-9]{1,3}(?:,[0-9]{3})+(?:\\.[0-9]+)?|[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}(?:\\.[0-9]+)?" +
        "|[0-9]{1,3}(?:[ \\u00A0\\u202F][0-9]{3})+(?:\\.[0-9]+)?|[0-9]+(?:\\.[0-9]+)?)";

    /// <summary>1.234.567,89 / 1 234 567,89 / 1'234 / 1234,5 (a lone decimal point is tolerated too).</summary>
    public const string DecimalComma =
        "(?:[0-9]{1,3}(?:\\.[0-9]{3})+(?:,[0-9]+)?|[0-9]{1,3}(?:[ \\u00A0\\u202F'’][0-9]{3})+(?:,[0-9]+)?|[0-9]+(?:[,.][0-9]+)?)";

    /// <summary>Either convention.</summary>
    public const string Any =
        "(?:[0-9]{1,3}(?:,[0-9]{3})+(?:\\.[0-9]+)?|[0-9]{1,3}(?:\\.[0-9]{3})+(?:,[0-9]+)?|[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}(?:\\.[0-9]+)?" +
        "|[0-9]{1,3}(?:[ \\u00A0\\u202F'’][0-9]{3})+(?:[,.][0-9]+)?|[0-9]+(?:[,.][0-9]+)?)";
}
