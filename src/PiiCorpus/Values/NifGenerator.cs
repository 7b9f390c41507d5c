using EntityGraph.PiiCorpus.Validation;

namespace EntityGraph.PiiCorpus.Values;

/// <summary>Spanish DNI (8 digits + letter) and NIE (X/Y/Z + 7 digits + letter), sometimes with a dash before the letter.</summary>
internal sealed class NifGenerator : ChecksumValueGenerator
{
    public override string Type => PiiTypes.EsNif;

    protected override string CreateValid(ValueContext context)
    {
        var random = context.Random;
        string visible;
        string numeric;
        if (random.Next(4) == 0)
        {
            var prefix = random.Next(3);
            var digits = RandomText.Digits(random, 7);
            visible = "XYZ"[prefix] + digits;
            numeric = RandomText.Invariant(prefix) + digits;
        }
        else
        {
            visible = numeric = RandomText.Number(random, 1, 7, 1) + RandomText.Digits(random, 7);
        }

        var letter = SpanishNif.ComputeLetter(numeric);
        return random.Next(5) == 0 ? $"{visible}-{letter}" : $"{visible}{letter}";
    }

    protected override string Corrupt(Random random, string value) =>
        RandomText.ReplaceWithOther(random, value, value.Length - 1, SpanishNif.Letters);
}
