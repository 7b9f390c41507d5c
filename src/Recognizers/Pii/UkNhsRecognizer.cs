using EntityGraph.Recognizers.Context;
using EntityGraph.Recognizers.Validation;

namespace EntityGraph.Recognizers.Pii;

/// <summary>UK NHS numbers: ten digits with the modulus 11 check digit.</summary>
public sealed class UkNhsRecognizer() : ValidatedPatternRecognizer(RecognizerName, PiiTypes.UkNhs, [new(PiiRegexes.NhsNumber(), 0.6)], IdentifierValidators.Get("uk-nhs"), Words, ["en"])
{
    /// <summary>The recognizer name.</summary>
    public const string RecognizerName = "pii/uk-nhs";

    private static readonly ContextWords Words = new(new Dictionary<string, IReadOnlyList<string>>
    {
        ["*"] = ["nhs", "health service", "patient", "hospital", "gp", "prescription", "clinic", "medical", "blood", "health"],
    });
}
