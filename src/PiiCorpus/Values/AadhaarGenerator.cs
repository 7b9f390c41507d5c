using EntityGraph.PiiCorpus.Validation;

namespace EntityGraph.PiiCorpus.Values;

/// <summary>Aadhaar numbers (12 digits, first 2–9, Verhoeff check digit) written 4-4-4 with spaces.</summary>
internal sealed class AadhaarGenerator : ChecksumValueGenerator
{
    public override string Type => PiiTypes.InAadhaar;

    protected override string CreateValid(ValueContext context)
    {
        var body = RandomText.Number(context.Random, 2, 9, 1) + RandomText.Digits(context.Random, 10);
        return RandomText.Group(body + RandomText.Invariant(Verhoeff.ComputeCheckDigit(body)), " ", 4, 4, 4);
    }
}
