using EntityGraph.Recognizers.Context;
using EntityGraph.Recognizers.Validation;

namespace EntityGraph.Recognizers.Pii;

/// <summary>US social security numbers: area, group and serial as the SSA allocates them (no 000, 666, 9xx area, no 00 group, no 0000 serial); unbroken or spaced numbers need context.</summary>
public sealed class UsSsnRecognizer() : ValidatedPatternRecognizer(RecognizerName, PiiTypes.UsSsn, [new(PiiRegexes.SsnDashed(), 0.6), new(PiiRegexes.SsnOther(), 0.1)], IdentifierValidators.Get("us-ssn"), Words, ["en"])
{
    /// <summary>The recognizer name.</summary>
    public const string RecognizerName = "pii/us-ssn";

    private static readonly ContextWords Words = new(new Dictionary<string, IReadOnlyList<string>>
    {
        ["*"] = ["ssn", "social security", "social-security", "ss#", "ss #"],
    });
}
