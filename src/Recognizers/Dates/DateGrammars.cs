namespace EntityGraph.Recognizers.Dates;

/// <summary>The textual date grammars per language (see <see cref="DateTemplate"/> for the placeholders).</summary>
internal static class DateGrammars
{
    private const string Latin = "[0-9]";

    private static readonly DateGrammar[] AllGrammars =
    [
        new(MonthNames.English, Latin,
        [
            new(DateShape.MonthDayYear, @"{M}\.?\s+{D}(?:st|nd|rd|th)?(?!\p{L})(?:,?\s+{Y})?"),
            new(DateShape.DayMonthYear, @"{D}(?:st|nd|rd|th)?\s+(?:of\s+)?{M}(?:\.?,?\s+{Y})?"),
            new(DateShape.MonthYear, @"{M}\.?,?\s+{Y}"),
        ], MonthNeedsCapitalWithoutDayOrYear: true),
        new(MonthNames.German, Latin,
        [
            new(DateShape.DayMonthYear, @"{D}(?:\.\s*|\s+){M}(?:\.?\s+{Y})?"),
            new(DateShape.MonthYear, @"{MF}\s+{Y}"),
        ]),
        new(MonthNames.French, Latin,
        [
            new(DateShape.DayMonthYear, @"{D}(?:er|re)?\s+{M}(?:\.?\s+{Y})?"),
            new(DateShape.MonthYear, @"{MF}\s+{Y}"),
        ]),
        new(MonthNames.Spanish, Latin,
        [
            new(DateShape.DayMonthYear, @"{D}[º°]?(?:\s+de\s+|\s+){M}(?:\.?(?:\s+del?\s+|\s+){Y})?"),
            new(DateShape.MonthYear, @"{MF}(?:\s+del?\s+|\s+){Y}"),
        ]),
        new(MonthNames.Portuguese, Latin,
        [
            new(DateShape.DayMonthYear, @"{D}[º°]?(?:\s+de\s+|\s+){M}(?:\.?(?:\s+de\s+|\s+){Y})?"),
            new(DateShape.MonthYear, @"{MF}(?:\s+de\s+|\s+){Y}"),
        ]),
        new(MonthNames.Italian, Latin,
        [
            new(DateShape.DayMonthYear, @"{D}[º°]?\s+{M}(?:\.?\s+{Y})?"),
            new(DateShape.MonthYear, @"{MF}(?:\s+del\s+|\s+){Y}"),
        ]),
        new(MonthNames.Dutch, Latin,
        [
            new(DateShape.DayMonthYear, @"{D}\s+{M}(?:\.?\s+{Y})?"),
            new(DateShape.MonthYear, @"{MF}\s+{Y}"),
        ]),
        new(MonthNames.Polish, Latin,
        [
            new(DateShape.DayMonthYear, @"{D}\.?\s+{M}(?:\.?\s+{Y}(?:\s?r\.|\s+roku(?!\p{L}))?)?"),
            new(DateShape.MonthYear, @"{MF}\s+{Y}(?:\s?r\.|\s+roku(?!\p{L}))?"),
        ]),
        new(MonthNames.Russian, Latin,
        [
            new(DateShape.DayMonthYear, @"{D}\s+{M}(?:\.?\s+{Y}(?:\s?г\.|\s+(?:года|году|год)(?!\p{L}))?)?"),
            new(DateShape.MonthYear, @"{MF}\s+{Y}(?:\s?г\.|\s+(?:года|году|год)(?!\p{L}))?"),
        ]),
        new(MonthNames.Arabic, "[0-9\u0660-\u0669]",
        [
            new(DateShape.DayMonthYear, @"{D}\s+{M}(?:\s+{Y})?"),
            new(DateShape.MonthYear, @"{MF}\s+{Y}"),
        ]),
    ];

    private static readonly Dictionary<string, DateGrammar> ByLanguage =
        AllGrammars.ToDictionary(g => g.Months.Language, StringComparer.Ordinal);

    public static IReadOnlyList<DateGrammar> All => AllGrammars;

    public static bool Has(string primaryLanguage) => ByLanguage.ContainsKey(primaryLanguage);

    /// <summary>The grammar of <paramref name="primaryLanguage"/>, or every grammar when the language has none.</summary>
    public static IReadOnlyList<DateGrammar> For(string primaryLanguage) =>
        ByLanguage.TryGetValue(primaryLanguage, out var grammar) ? [grammar] : AllGrammars;
}
