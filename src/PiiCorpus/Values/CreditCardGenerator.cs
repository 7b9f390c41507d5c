using EntityGraph.PiiCorpus.Validation;

namespace EntityGraph.PiiCorpus.Values;

/// <summary>
/// Luhn-valid card numbers: Visa (4, 16 digits), Mastercard (51–55 or 2221–2720, 16), American Express (34/37, 15) and
/// Discover (6011/65, 16); grouped 4-4-4-4 (Amex 4-6-5) with spaces or dashes, or unbroken. Decoys change the last digit.
/// </summary>
internal sealed class CreditCardGenerator : ChecksumValueGenerator
{
    public override string Type => PiiTypes.CreditCard;

    protected override string CreateValid(ValueContext context)
    {
        var random = context.Random;
        var (prefix, length) = random.Next(20) switch
        {
            < 7 => ("4", 16),
            < 10 => ("5" + RandomText.Number(random, 1, 5, 1), 16),
            < 13 => (RandomText.Number(random, 2221, 2720, 4), 16),
            < 17 => (random.Next(2) == 0 ? "34" : "37", 15),
            < 19 => ("6011", 16),
            _ => ("65", 16),
        };
        var payload = prefix + RandomText.Digits(random, length - 1 - prefix.Length);
        var number = payload + RandomText.Invariant(Luhn.ComputeCheckDigit(payload));
        var separator = random.Next(20) switch
        {
            < 9 => " ",
            < 13 => "-",
            _ => string.Empty,
        };
        return length == 15 ? RandomText.Group(number, separator, 4, 6, 5) : RandomText.Group(number, separator, 4, 4, 4, 4);
    }
}
