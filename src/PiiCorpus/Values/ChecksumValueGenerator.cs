using EntityGraph.PiiCorpus.Validation;

namespace EntityGraph.PiiCorpus.Values;

/// <summary>
/// A generator of a checksum-validated type: gold values are checked with <see cref="PiiChecks"/> before they are returned,
/// decoys are gold-shaped values with one check character changed that are verified to fail the check.
/// </summary>
internal abstract class ChecksumValueGenerator : ValueGenerator
{
    private const int MaxAttempts = 1000;

    public sealed override string Generate(ValueContext context)
    {
        var value = CreateValid(context);
        return PiiChecks.IsValid(Type, value)
            ? value
            : throw new InvalidOperationException($"generated {Type} value '{value}' fails its own check");
    }

    /// <summary>A value in exactly the format of <see cref="Generate"/> whose check character is wrong.</summary>
    public string GenerateDecoy(ValueContext context)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var decoy = Corrupt(context.Random, Generate(context));
            if (!PiiChecks.IsValid(Type, decoy))
            {
                return decoy;
            }
        }

        throw new InvalidOperationException($"could not make a failing {Type} decoy");
    }

    /// <summary>A valid value, formatted.</summary>
    protected abstract string CreateValid(ValueContext context);

    /// <summary>Changes the check character of a formatted valid value (by default its last digit).</summary>
    protected virtual string Corrupt(Random random, string value) => RandomText.ReplaceDigitAt(random, value, RandomText.LastDigitIndex(value));
}
