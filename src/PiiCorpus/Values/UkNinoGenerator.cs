using EntityGraph.PiiCorpus.Validation;

namespace EntityGraph.PiiCorpus.Values;

/// <summary>UK National Insurance numbers with an allocatable prefix, written "AB 12 34 56 C" or "AB123456C".</summary>
internal sealed class UkNinoGenerator : ValueGenerator
{
    public override string Type => PiiTypes.UkNino;

    public override string Generate(ValueContext context)
    {
        var random = context.Random;
        string prefix;
        do
        {
            prefix = $"{(char)('A' + random.Next(26))}{(char)('A' + random.Next(26))}";
        }
        while (!UkNino.IsValidPrefix(prefix));

        var digits = RandomText.Digits(random, 6);
        var suffix = (char)('A' + random.Next(4));
        return random.Next(2) == 0 ? $"{prefix} {digits[..2]} {digits[2..4]} {digits[4..]} {suffix}" : $"{prefix}{digits}{suffix}";
    }
}
