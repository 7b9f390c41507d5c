namespace EntityGraph.Recognizers.Dates;

/// <summary>Which parts a textual date template carries (the day and the year may still be optional inside it).</summary>
internal enum DateShape
{
    DayMonthYear,
    MonthDayYear,
    MonthYear,
}
