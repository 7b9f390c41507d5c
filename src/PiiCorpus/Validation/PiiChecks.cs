namespace EntityGraph.PiiCorpus.Validation;

/// <summary>Dispatches a value to the validator of its PII type.</summary>
public static class PiiChecks
{
    /// <summary>Whether <paramref name="type"/> has a validator here (the checksum-validated types, US_SSN and UK_NINO).</summary>
    public static bool HasCheck(string type) => PiiTypes.ChecksumValidated.Contains(type) || type is PiiTypes.UsSsn or PiiTypes.UkNino;

    /// <summary>Whether <paramref name="value"/> passes the check of <paramref name="type"/>.</summary>
    /// <exception cref="ArgumentException">The type has no check (see <see cref="HasCheck"/>).</exception>
    public static bool IsValid(string type, string value) => type switch
    {
        PiiTypes.Iban => Iban.IsValid(value),
        PiiTypes.CreditCard => Luhn.IsValid(value),
        PiiTypes.Crypto => BitcoinAddress.IsValid(value),
        PiiTypes.UkNhs => NhsNumber.IsValid(value),
        PiiTypes.InAadhaar => Aadhaar.IsValid(value),
        PiiTypes.DeTaxId => SteuerId.IsValid(value),
        PiiTypes.FrNir => FrenchNir.IsValid(value),
        PiiTypes.EsNif => SpanishNif.IsValid(value),
        PiiTypes.ItFiscalCode => ItalianFiscalCode.IsValid(value),
        PiiTypes.NlBsn => DutchBsn.IsValid(value),
        PiiTypes.PlPesel => Pesel.IsValid(value),
        PiiTypes.SePersonnummer => Personnummer.IsValid(value),
        PiiTypes.UsSsn => UsSsn.IsValid(value),
        PiiTypes.UkNino => UkNino.IsValid(value),
        _ => throw new ArgumentException($"no check for type '{type}'", nameof(type)),
    };
}
