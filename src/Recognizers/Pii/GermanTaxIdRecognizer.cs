using EntityGraph.Recognizers.Context;
using EntityGraph.Recognizers.Validation;

namespace EntityGraph.Recognizers.Pii;

/// <summary>German tax identification numbers (Steuer-ID): eleven digits, the digit-repetition rule and the ISO 7064 MOD 11,10 check digit.</summary>
public sealed class GermanTaxIdRecognizer() : ValidatedPatternRecognizer(RecognizerName, PiiTypes.DeTaxId, [new(PiiRegexes.GermanTaxId(), 0.6)], IdentifierValidators.Get("de-steuer-id"), Words, ["de"])
{
    /// <summary>The recognizer name.</summary>
    public const string RecognizerName = "pii/de-tax-id";

    private static readonly ContextWords Words = new(new Dictionary<string, IReadOnlyList<string>>
    {
        ["*"] = ["steuer-id", "steuerid", "steueridentifikationsnummer", "identifikationsnummer", "idnr", "tin", "tax id"],
    });
}
