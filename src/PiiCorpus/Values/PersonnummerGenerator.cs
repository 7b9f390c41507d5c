using System.Globalization;
using EntityGraph.PiiCorpus.Validation;

namespace EntityGraph.PiiCorpus.Values;

/// <summary>Swedish personnummer YYMMDD-NNNC or YYYYMMDD-NNNC with the Luhn digit of the 10-digit form.</summary>
internal sealed class PersonnummerGenerator : ChecksumValueGenerator
{
    public override string Type => PiiTypes.SePersonnummer;

    protected override string CreateValid(ValueContext context)
    {
        var random = context.Random;
        var birth = RandomText.Date(random, new DateOnly(1940, 1, 1), new DateOnly(2008, 12, 31));
        var date = birth.ToString("yyMMdd", CultureInfo.InvariantCulture);
        var serial = RandomText.Digits(random, 3);
        var check = Personnummer.ComputeCheckDigit(date + serial);
        var century = birth.Year / 100;
        return random.Next(3) == 0
            ? $"{RandomText.Invariant(century)}{date}-{serial}{RandomText.Invariant(check)}"
            : $"{date}-{serial}{RandomText.Invariant(check)}";
    }
}
