using System.Globalization;
using EntityGraph.PiiCorpus.Validation;

namespace EntityGraph.PiiCorpus.Values;

/// <summary>PESEL numbers: birth date with the century month offset, serial with the sex digit, and the weighted check digit.</summary>
internal sealed class PeselGenerator : ChecksumValueGenerator
{
    public override string Type => PiiTypes.PlPesel;

    protected override string CreateValid(ValueContext context)
    {
        var random = context.Random;
        var birth = RandomText.Date(random, new DateOnly(1940, 1, 1), new DateOnly(2012, 12, 31));
        var female = random.Next(2) == 0;
        var body = (birth.Year % 100).ToString("D2", CultureInfo.InvariantCulture)
            + Pesel.EncodeMonth(birth.Year, birth.Month).ToString("D2", CultureInfo.InvariantCulture)
            + birth.Day.ToString("D2", CultureInfo.InvariantCulture)
            + RandomText.Digits(random, 3)
            + RandomText.Invariant(random.Next(5) * 2 + (female ? 0 : 1));
        return body + RandomText.Invariant(Pesel.ComputeCheckDigit(body));
    }
}
