using EntityGraph.PiiCorpus.Validation;

namespace EntityGraph.PiiCorpus.Values;

/// <summary>
/// IBANs of the language's country (and sometimes GB, DE or FR) with the national BBAN layout, national check digits
/// where the country has them, and mod-97 IBAN check digits; grouped in fours or unbroken. Decoys change a check digit.
/// </summary>
internal sealed class IbanGenerator : ChecksumValueGenerator
{
    private static readonly string[] ForeignCountries = ["GB", "DE", "FR"];

    public override string Type => PiiTypes.Iban;

    protected override string CreateValid(ValueContext context)
    {
        var random = context.Random;
        var country = context.Profile.IbanCountry;
        if (random.Next(4) == 0)
        {
            var foreign = ForeignCountries.Where(c => c != country).ToArray();
            country = foreign[random.Next(foreign.Length)];
        }

        var bban = BbanFactory.Create(random, country);
        var iban = country + Iban.ComputeCheckDigits(country, bban) + bban;
        return random.Next(5) < 3 ? RandomText.GroupsOfFour(iban) : iban;
    }

    protected override string Corrupt(Random random, string value) => RandomText.ReplaceDigitAt(random, value, 3);
}
