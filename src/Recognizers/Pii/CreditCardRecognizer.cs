using EntityGraph.Recognizers.Context;
using EntityGraph.Recognizers.Validation;

namespace EntityGraph.Recognizers.Pii;

/// <summary>Payment card numbers: the issuer's prefix and length (Visa, Mastercard, Amex, Discover, Diners, JCB, UnionPay, Maestro) and Luhn.</summary>
public sealed class CreditCardRecognizer() : ValidatedPatternRecognizer(RecognizerName, PiiTypes.CreditCard, [new(PiiRegexes.CardInFours(), 0.8), new(PiiRegexes.CardFourSixFive(), 0.8), new(PiiRegexes.CardUnbroken(), 0.7)], IdentifierValidators.Get("credit-card"), Words, null)
{
    /// <summary>The recognizer name.</summary>
    public const string RecognizerName = "pii/credit-card";

    private static readonly ContextWords Words = new(new Dictionary<string, IReadOnlyList<string>>
    {
        ["*"] = ["visa", "mastercard", "amex", "american express", "cvv", "cvc"],
        ["en"] = ["card", "credit", "debit", "payment"],
        ["de"] = ["karte", "kreditkarte", "kartennummer"],
        ["fr"] = ["carte", "bancaire", "crédit"],
        ["es"] = ["tarjeta", "crédito"],
        ["nl"] = ["kaart", "creditcard", "betaalkaart"],
        ["pt"] = ["cartão", "crédito"],
        ["it"] = ["carta", "credito"],
        ["pl"] = ["karta", "karty", "kredytowa"],
        ["sv"] = ["kort", "kortnummer", "kreditkort"],
    });
}
