using EntityGraph.PiiCorpus.Validation;

namespace EntityGraph.PiiCorpus.Values;

/// <summary>Dutch BSNs (9 digits, no leading 0, passing the 11-test), mostly unbroken, sometimes written 1234.56.789.</summary>
internal sealed class BsnGenerator : ChecksumValueGenerator
{
    public override string Type => PiiTypes.NlBsn;

    protected override string CreateValid(ValueContext context)
    {
        var random = context.Random;
        while (true)
        {
            var body = RandomText.Number(random, 1, 9, 1) + RandomText.Digits(random, 7);
            var check = DutchBsn.ComputeCheckDigit(body);
            if (check >= 0)
            {
                var bsn = body + RandomText.Invariant(check);
                return random.Next(5) == 0 ? RandomText.Group(bsn, ".", 4, 2, 3) : bsn;
            }
        }
    }
}
