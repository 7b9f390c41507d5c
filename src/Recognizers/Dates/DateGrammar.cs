namespace EntityGraph.Recognizers.Dates;

/// <summary>How one language writes dates with month names.</summary>
/// <param name="Months">The language's month names.</param>
/// <param name="Digit">Regex class of the digits the language writes dates with.</param>
/// <param name="Templates">The date shapes, each a regex template.</param>
/// <param name="MonthNeedsCapitalWithoutDayOrYear">
/// English "May"/"march" are common words: a month-first date with no day or no year is only taken when capitalised.
/// </param>
internal sealed record DateGrammar(
    MonthNameTable Months,
    string Digit,
    IReadOnlyList<DateTemplate> Templates,
    bool MonthNeedsCapitalWithoutDayOrYear = false);
