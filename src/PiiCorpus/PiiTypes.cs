namespace EntityGraph.PiiCorpus;

/// <summary>
/// The PII type names of the corpus, the languages it covers and which types appear in which language.
/// </summary>
public static class PiiTypes
{
    public const string Email = "EMAIL";
    public const string Phone = "PHONE";
    public const string Iban = "IBAN";
    public const string CreditCard = "CREDIT_CARD";
    public const string IpAddress = "IP_ADDRESS";
    public const string MacAddress = "MAC_ADDRESS";
    public const string Url = "URL";
    public const string Crypto = "CRYPTO";
    public const string DateTime = "DATE_TIME";
    public const string Person = "PERSON";
    public const string UsSsn = "US_SSN";
    public const string UkNino = "UK_NINO";
    public const string UkNhs = "UK_NHS";
    public const string InAadhaar = "IN_AADHAAR";
    public const string DeTaxId = "DE_TAX_ID";
    public const string FrNir = "FR_NIR";
    public const string EsNif = "ES_NIF";
    public const string ItFiscalCode = "IT_FISCAL_CODE";
    public const string NlBsn = "NL_BSN";
    public const string PlPesel = "PL_PESEL";
    public const string SePersonnummer = "SE_PERSONNUMMER";

    /// <summary>The corpus languages, in the order documents are generated.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["en", "de", "fr", "es", "nl", "pt", "it", "pl", "sv"];

    /// <summary>Types that occur in every language.</summary>
    public static IReadOnlyList<string> Common { get; } =
        [Email, Phone, Iban, CreditCard, IpAddress, MacAddress, Url, Crypto, DateTime, Person];

    /// <summary>Every type name, common types first, then the national identifiers.</summary>
    public static IReadOnlyList<string> All { get; } =
        [.. Common, UsSsn, UkNino, UkNhs, InAadhaar, DeTaxId, FrNir, EsNif, ItFiscalCode, NlBsn, PlPesel, SePersonnummer];

    /// <summary>Types whose values carry a check digit or checksum; each of them also gets decoys.</summary>
    public static IReadOnlySet<string> ChecksumValidated { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Iban, CreditCard, Crypto, UkNhs, InAadhaar, DeTaxId, FrNir, EsNif, ItFiscalCode, NlBsn, PlPesel, SePersonnummer,
    };

    /// <summary>The national identifier types of a language (empty for an unknown language).</summary>
    public static IReadOnlyList<string> NationalIdentifiers(string language) => language switch
    {
        "en" => [UsSsn, UkNino, UkNhs, InAadhaar],
        "de" => [DeTaxId],
        "fr" => [FrNir],
        "es" => [EsNif],
        "nl" => [NlBsn],
        "it" => [ItFiscalCode],
        "pl" => [PlPesel],
        "sv" => [SePersonnummer],
        _ => [],
    };

    /// <summary>Every type that occurs in documents of <paramref name="language"/>, in a fixed order.</summary>
    /// <exception cref="ArgumentException">The language is not one of <see cref="Languages"/>.</exception>
    public static IReadOnlyList<string> ForLanguage(string language)
    {
        if (!IsLanguage(language))
        {
            throw new ArgumentException($"unknown language '{language}' (expected one of {string.Join(", ", Languages)})", nameof(language));
        }

        return [.. Common, .. NationalIdentifiers(language)];
    }

    /// <summary>Whether <paramref name="language"/> is one of <see cref="Languages"/>.</summary>
    public static bool IsLanguage(string language) => Languages.Contains(language, StringComparer.Ordinal);
}
