namespace EntityGraph.Recognizers.Pii;

/// <summary>The entity type names of personal data, as redaction reports them.</summary>
public static class PiiTypes
{
    public const string Person = "PERSON";
    public const string Location = "LOCATION";
    public const string Organization = "ORGANIZATION";
    public const string Email = "EMAIL";
    public const string Phone = "PHONE";
    public const string Url = "URL";
    public const string DateTime = "DATE_TIME";
    public const string Iban = "IBAN";
    public const string CreditCard = "CREDIT_CARD";
    public const string IpAddress = "IP_ADDRESS";
    public const string MacAddress = "MAC_ADDRESS";
    public const string Crypto = "CRYPTO";
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
}
