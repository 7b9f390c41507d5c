namespace EntityGraph.Recognizers.Pipeline;

/// <summary>The built-in profile names.</summary>
public static class ProfileNames
{
    /// <summary>What ingestion and extraction run: the NER model plus the DATE, MONEY, PERCENT, EMAIL, PHONE and URL rules.</summary>
    public const string Extraction = "extraction";

    /// <summary>The NER model alone.</summary>
    public const string Model = "model";

    /// <summary>What redaction runs: the NER model (PERSON, LOCATION, ORGANIZATION) and every PII recognizer.</summary>
    public const string Redaction = "redaction";

    /// <summary>Redaction without the NER model: rules, validators and deny lists only.</summary>
    public const string RedactionRules = "redaction-rules";
}
