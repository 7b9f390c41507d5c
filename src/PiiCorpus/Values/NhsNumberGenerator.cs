using EntityGraph.PiiCorpus.Validation;

namespace EntityGraph.PiiCorpus.Values;

/// <summary>NHS numbers (10 digits, mod-11 check digit) written 3-3-4 with spaces.</summary>
internal sealed class NhsNumberGenerator : ChecksumValueGenerator
{
    public override string Type => PiiTypes.UkNhs;

    protected override string CreateValid(ValueContext context)
    {
        while (true)
        {
            var body = RandomText.Number(context.Random, 4, 7, 1) + RandomText.Digits(context.Random, 8);
            var check = NhsNumber.ComputeCheckDigit(body);
            if (check >= 0)
            {
                return RandomText.Group(body + RandomText.Invariant(check), " ", 3, 3, 4);
            }
        }
    }
}
