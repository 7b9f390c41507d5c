using RedactionTypes = EntityGraph.Recognizers.Pii.PiiTypes;

namespace EntityGraph.PiiCorpus;

/// <summary>
/// The PII type names of the corpus (those redaction reports, <see cref="RedactionTypes"/>), the languages it covers and which
/// types appear in which language.
/// </summary>
public static class PiiTypes
{
    public const string Email = RedactionTypes.Email;
    public const string Phone = RedactionTypes.Phone;
    public const string Iban = RedactionTypes.Iban;
    public const string CreditCard = RedactionTypes.CreditCard;
    public const string IpAddress = RedactionTypes.IpAddress;
    public const string MacAddress = RedactionTypes.MacAddress;
    public const string Url = RedactionTypes.Url;
    public const string Crypto = RedactionTypes.Crypto;
    public const string DateTime = RedactionTypes.DateTime;
    public const string Person = RedactionTypes.Person;
    public const string UsSsn = RedactionTypes.UsSsn;
    public const string UkNino = RedactionTypes.UkNino;
    public const string UkNhs = RedactionTypes.UkNhs;
    public const string InAadhaar = RedactionTypes.InAadhaar;
    public const string DeTaxId = RedactionTypes.DeTaxId;
    public const string FrNir = RedactionTypes.FrNir;
    public const string EsNif = RedactionTypes.EsNif;
    public const string ItFiscalCode = RedactionTypes.ItFiscalCode;
    public const string NlBsn = RedactionTypes.NlBsn;
    public const string PlPesel = RedactionTypes.PlPesel;
    public const string SePersonnummer = RedactionTypes.SePersonnummer;

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
