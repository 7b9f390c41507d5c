using EntityGraph.PiiCorpus.Validation;

namespace EntityGraph.PiiCorpus.Values;

/// <summary>
/// German Steuer-IDs: 10 digits without a leading 0 in which one digit occurs twice or three times (never three in a row),
/// plus the ISO 7064 MOD 11,10 check digit; written unbroken or "12 345 678 901".
/// </summary>
internal sealed class SteuerIdGenerator : ChecksumValueGenerator
{
    public override string Type => PiiTypes.DeTaxId;

    protected override string CreateValid(ValueContext context)
    {
        var random = context.Random;
        string body;
        do
        {
            var repeated = random.Next(10);
            var times = random.Next(4) == 0 ? 3 : 2;
            var others = RandomText.Shuffle(random, Enumerable.Range(0, 10).Where(d => d != repeated)).Take(10 - times);
            var digits = RandomText.Shuffle(random, Enumerable.Repeat(repeated, times).Concat(others));
            body = string.Concat(digits.Select(RandomText.Invariant));
        }
        while (body[0] == '0' || !SteuerId.HasValidDistribution(body));

        var id = body + RandomText.Invariant(SteuerId.ComputeCheckDigit(body));
        return random.Next(5) < 3 ? id : RandomText.Group(id, " ", 2, 3, 3, 3);
    }
}
