using EntityGraph.Recognizers.Context;
using EntityGraph.Recognizers.Validation;

namespace EntityGraph.Recognizers.Pii;

/// <summary>International bank account numbers (ISO 13616): the registered length of the country and the mod-97 check.</summary>
public sealed class IbanRecognizer() : ValidatedPatternRecognizer(RecognizerName, PiiTypes.Iban, [new(PiiRegexes.Iban(), 0.8)], IdentifierValidators.Get("iban"), Words, null)
{
    /// <summary>The recognizer name.</summary>
    public const string RecognizerName = "pii/iban";

    private static readonly ContextWords Words = new(new Dictionary<string, IReadOnlyList<string>>
    {
        ["*"] = ["iban", "bic", "swift"],
        ["en"] = ["account", "bank"],
        ["de"] = ["konto", "bankverbindung", "kontonummer"],
        ["fr"] = ["compte", "rib", "bancaire"],
        ["es"] = ["cuenta", "bancaria"],
        ["nl"] = ["rekening", "rekeningnummer"],
        ["pt"] = ["conta", "bancária", "nib"],
        ["it"] = ["conto", "bancario"],
        ["pl"] = ["konto", "rachunek", "numer rachunku"],
        ["sv"] = ["konto", "kontonummer", "bankkonto"],
    });
}
