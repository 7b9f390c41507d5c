namespace EntityGraph.PiiCorpus.Values;

/// <summary>The generator of every PII type.</summary>
internal static class ValueGenerators
{
    private static readonly Dictionary<string, ValueGenerator> ByType = new ValueGenerator[]
    {
        new EmailGenerator(), new PhoneGenerator(), new IbanGenerator(), new CreditCardGenerator(), new IpAddressGenerator(),
        new MacAddressGenerator(), new UrlGenerator(), new CryptoGenerator(), new DateTimeGenerator(), new PersonGenerator(),
        new UsSsnGenerator(), new UkNinoGenerator(), new NhsNumberGenerator(), new AadhaarGenerator(), new SteuerIdGenerator(),
        new NirGenerator(), new NifGenerator(), new FiscalCodeGenerator(), new BsnGenerator(), new PeselGenerator(),
        new PersonnummerGenerator(),
    }.ToDictionary(g => g.Type, StringComparer.Ordinal);

    /// <summary>The generator of a type.</summary>
    public static ValueGenerator For(string type) =>
        ByType.TryGetValue(type, out var generator) ? generator : throw new ArgumentException($"unknown PII type '{type}'", nameof(type));

    /// <summary>The generator of a checksum-validated type (which can also make decoys).</summary>
    public static ChecksumValueGenerator ChecksumFor(string type) =>
        For(type) as ChecksumValueGenerator ?? throw new ArgumentException($"'{type}' has no checksum and no decoys", nameof(type));
}
