namespace EntityGraph.Recognizers.Dates;

/// <summary>Checks that a (partial) Gregorian date exists; a missing year allows 29 February.</summary>
internal static class CalendarCheck
{
    public const int MinYear = 1000;
    public const int MaxYear = 2999;

    public static bool IsValid(int? year, int month, int? day)
    {
        if (month is < 1 or > 12)
        {
            return false;
        }

        if (year is { } y && y is < MinYear or > MaxYear)
        {
            return false;
        }

        return day is not { } d || (d >= 1 && d <= DateTime.DaysInMonth(year ?? 2000, month));
    }
}
