namespace EntityGraph.PiiCorpus.Values;

/// <summary>Dates (sometimes with a time) between 2015 and 2026 in the language's numeric and month-name formats.</summary>
internal sealed class DateTimeGenerator : ValueGenerator
{
    private static readonly DateOnly First = new(2015, 1, 1);
    private static readonly DateOnly Last = new(2026, 12, 31);
    private static readonly int[] Minutes = [0, 0, 15, 30, 30, 45, 10, 20, 40, 50];

    public override string Type => PiiTypes.DateTime;

    public override string Generate(ValueContext context)
    {
        var random = context.Random;
        var date = RandomText.Date(random, First, Last);
        var time = new TimeOnly(random.Next(7, 20), RandomText.Pick(random, Minutes));
        var pattern = RandomText.Pick(random, context.Profile.DatePatterns);
        return DatePattern.Format(pattern, date.ToDateTime(time), context.Profile.MonthNames);
    }
}
