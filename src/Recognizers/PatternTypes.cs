namespace EntityGraph.Recognizers;

/// <summary>The entity type names the pattern recognizers emit.</summary>
public static class PatternTypes
{
    public const string Email = "EMAIL";
    public const string Url = "URL";
    public const string Phone = "PHONE";
    public const string Date = "DATE";
    public const string Money = "MONEY";
    public const string Percent = "PERCENT";

    /// <summary>All types, most specific first; this order breaks ties between equally long overlapping matches.</summary>
    public static IReadOnlyList<string> All { get; } = [Email, Url, Money, Percent, Date, Phone];

    /// <summary>True when <paramref name="type"/> is one of <see cref="All"/> (case-sensitive).</summary>
    public static bool IsKnown(string type) => All.Contains(type, StringComparer.Ordinal);
}
