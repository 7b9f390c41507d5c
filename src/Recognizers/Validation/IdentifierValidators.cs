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
        new IpV6Validator(),
    ];

    /// <summary>The validator of that name, or null.</summary>
    public static IIdentifierValidator? Find(string name) =>
        All.FirstOrDefault(validator => string.Equals(validator.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The validator of that name.</summary>
    /// <exception cref="KeyNotFoundException">No validator has that name.</exception>
    public static IIdentifierValidator Get(string name) =>
        Find(name) ?? throw new KeyNotFoundException($"No identifier validator is named '{name}'; known: {string.Join(", ", All.Select(v => v.Name))}.");
}
