namespace EntityGraph.Recognizers.Dates;

/// <summary>Fixed scores per date family.</summary>
internal static class DateConfidence
{
    public const double IsoYearMonthDay = 0.95;
    public const double SlashedYearMonthDay = 0.9;
    public const double NumericUnambiguous = 0.85;
    public const double NumericAmbiguous = 0.8;
    public const double DayMonthYear = 0.9;
    public const double CjkFull = 0.95;
    public const double MonthYear = 0.8;
    public const double DayMonth = 0.7;
}
