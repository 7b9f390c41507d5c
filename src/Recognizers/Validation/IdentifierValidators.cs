namespace EntityGraph.Recognizers.Validation;

/// <summary>The identifier validators by name, for recognizers and configuration to refer to. Add one by adding its class here.</summary>
public static class IdentifierValidators
{
    public static IReadOnlyList<IIdentifierValidator> All { get; } =
    [
        new LuhnValidator(),
        new CreditCardValidator(),
        new IbanValidator(),
        new VerhoeffValidator(),
        new DutchBsnValidator(),
        new PolishPeselValidator(),
        new UkNhsNumberValidator(),
        new SpanishDniValidator(),
        new SwedishPersonnummerValidator(),
        new GermanTaxIdValidator(),
        new FrenchNirValidator(),
        new ItalianFiscalCodeValidator(),
        new UsSsnValidator(),
        new UkNinoValidator(),
        new BitcoinAddressValidator(),
    ];

    /// <summary>The validator of that name, or null.</summary>
    public static IIdentifierValidator? Find(string name) =>
        All.FirstOrDefault(validator => string.Equals(validator.Name, name, StringComparison.OrdinalIgnoreCase));
}
