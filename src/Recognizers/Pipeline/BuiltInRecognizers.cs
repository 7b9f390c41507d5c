using EntityGraph.Recognizers.Patterns;
using EntityGraph.Recognizers.Pii;

namespace EntityGraph.Recognizers.Pipeline;

/// <summary>
/// The recognizers this project brings: the extraction rule families and the PII recognizers. Adding one is its class
/// plus a line here (profiles then list it by name).
/// </summary>
public static class BuiltInRecognizers
{
    /// <summary>New instances of every built-in recognizer.</summary>
    public static IReadOnlyList<IEntityRecognizer> Create() =>
    [
        new EmailRecognizer(),
        new UrlRecognizer(),
        new PhoneRecognizer(),
        new DateRecognizer(),
        new MoneyRecognizer(),
        new PercentRecognizer(),
        new PhoneNumberRecognizer(),
        new DateTimeRecognizer(),
        new PersonCueRecognizer(),
        new IbanRecognizer(),
        new CreditCardRecognizer(),
        new IpAddressRecognizer(),
        new MacAddressRecognizer(),
        new CryptoRecognizer(),
        new UsSsnRecognizer(),
        new UkNinoRecognizer(),
        new UkNhsRecognizer(),
        new AadhaarRecognizer(),
        new GermanTaxIdRecognizer(),
        new FrenchNirRecognizer(),
        new SpanishNifRecognizer(),
        new ItalianFiscalCodeRecognizer(),
        new DutchBsnRecognizer(),
        new PolishPeselRecognizer(),
        new SwedishPersonnummerRecognizer(),
    ];

}
