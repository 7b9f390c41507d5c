using Names = EntityGraph.Recognizers.Pii.PiiTypes;

namespace EntityGraph.PiiCorpus;

/// <summary>
/// The PII type names of the corpus (those redaction reports, <see cref="Names"/>), the languages it covers and which
/// types appear in which language.
/// </summary>
public static class PiiTypes
{
    public const string Email = Names.Email;
    public const string Phone = Names.Phone;
    public const string Iban = Names.Iban;
    public const string CreditCard = Names.CreditCard;
    public const string IpAddress = Names.IpAddress;
    public const string MacAddress = Names.MacAddress;
    public const string Url = Names.Url;
    public const string Crypto = Names.Crypto;
    public const string DateTime = Names.DateTime;
    public const string Person = Names.Person;
    public const string UsSsn = Names.UsSsn;
    public const string UkNino = Names.UkNino;
    public const string UkNhs = Names.UkNhs;
    public const string InAadhaar = Names.InAadhaar;
    public const string DeTaxId = Names.DeTaxId;
    public const string FrNir = Names.FrNir;
    public const string EsNif = Names.EsNif;
    public const string ItFiscalCode = Names.ItFiscalCode;
    public const string NlBsn = Names.NlBsn;
    public const string PlPesel = Names.PlPesel;
    public const string SePersonnummer = Names.SePersonnummer;

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
