using EntityGraph.Recognizers.Context;
using EntityGraph.Recognizers.Validation;

namespace EntityGraph.Recognizers.Pii;

/// <summary>Italian fiscal codes (codice fiscale): surname, name, birth date and place, and the check character (omocodia letters included).</summary>
public sealed class ItalianFiscalCodeRecognizer() : ValidatedPatternRecognizer(RecognizerName, PiiTypes.ItFiscalCode, [new(PiiRegexes.ItalianFiscalCode(), 0.8)], IdentifierValidators.Get("it-codice-fiscale"), Words, ["it"])
{
    /// <summary>The recognizer name.</summary>
    public const string RecognizerName = "pii/it-fiscal-code";

    private static readonly ContextWords Words = new(new Dictionary<string, IReadOnlyList<string>>
    {
        ["*"] = ["codice fiscale", "c.f.", "cod. fisc", "tessera sanitaria"],
    });
}
