using EntityGraph.Recognizers.Context;
using EntityGraph.Recognizers.Validation;

namespace EntityGraph.Recognizers.Pii;

/// <summary>Indian Aadhaar numbers: twelve digits, the first 2–9, the last a Verhoeff check digit.</summary>
public sealed class AadhaarRecognizer() : ValidatedPatternRecognizer(RecognizerName, PiiTypes.InAadhaar, [new(PiiRegexes.Aadhaar(), 0.6)], IdentifierValidators.Get("verhoeff"), Words, ["en", "hi"])
{
    /// <summary>The recognizer name.</summary>
    public const string RecognizerName = "pii/in-aadhaar";

    private static readonly ContextWords Words = new(new Dictionary<string, IReadOnlyList<string>>
    {
        ["*"] = ["aadhaar", "aadhar", "uidai", "uid", "kyc", "आधार"],
    });
}
