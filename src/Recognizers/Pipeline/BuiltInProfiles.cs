using EntityGraph.Recognizers.Configuration;
using EntityGraph.Recognizers.Patterns;
using EntityGraph.Recognizers.Pii;
using EntityGraph.Recognizers.Pipeline.Policies;

namespace EntityGraph.Recognizers.Pipeline;

/// <summary>The profiles the pipeline has without configuration; configuration changes the settings it gives.</summary>
public static class BuiltInProfiles
{
    private static readonly string[] ExtractionRules =
    [
        EmailRecognizer.RecognizerName, UrlRecognizer.RecognizerName, PhoneRecognizer.RecognizerName,
        DateRecognizer.RecognizerName, MoneyRecognizer.RecognizerName, PercentRecognizer.RecognizerName,
    ];

    private static readonly string[] PiiRules =
    [
        EmailRecognizer.RecognizerName, UrlRecognizer.RecognizerName, PhoneNumberRecognizer.RecognizerName,
        DateTimeRecognizer.RecognizerName, IbanRecognizer.RecognizerName, CreditCardRecognizer.RecognizerName,
        IpAddressRecognizer.RecognizerName, MacAddressRecognizer.RecognizerName, CryptoRecognizer.RecognizerName,
        UsSsnRecognizer.RecognizerName, UkNinoRecognizer.RecognizerName, UkNhsRecognizer.RecognizerName,
        AadhaarRecognizer.RecognizerName, GermanTaxIdRecognizer.RecognizerName, FrenchNirRecognizer.RecognizerName,
        SpanishNifRecognizer.RecognizerName, ItalianFiscalCodeRecognizer.RecognizerName, DutchBsnRecognizer.RecognizerName,
        PolishPeselRecognizer.RecognizerName, SwedishPersonnummerRecognizer.RecognizerName,
    ];

    /// <summary>
    /// "extraction": the model and the six rule families under the "priority" policy, e-mail and URL rules above the
    /// model (they are exact), the model above the other rules. "model": the model alone. "redaction": the model (its PER,
    /// LOC, ORG renamed PERSON, LOCATION, ORGANIZATION; MISC dropped) and the PII recognizers (DATE renamed DATE_TIME),
    /// equal spans to the higher score, containers win, partial overlaps merged, scores below 0.4 dropped.
    /// "redaction-rules": the same without the model.
    /// </summary>
    public static IReadOnlyDictionary<string, RecognizerProfileOptions> All { get; } = new Dictionary<string, RecognizerProfileOptions>(StringComparer.Ordinal)
    {
        [ProfileNames.Extraction] = Extraction(),
        [ProfileNames.Model] = new()
        {
            Recognizers = [RecognizerNames.Model],
            Policies = [ConflictPolicies.Priority],
        },
        [ProfileNames.Redaction] = Redaction([RecognizerNames.Model, PersonCueRecognizer.RecognizerName, .. PiiRules]),
        [ProfileNames.RedactionRules] = Redaction([.. PiiRules]),
    };

    private static RecognizerProfileOptions Extraction() => new()
    {
        Recognizers = [RecognizerNames.Model, .. ExtractionRules],
        Policies = [ConflictPolicies.Priority],
        Priorities = new(StringComparer.Ordinal)
        {
            [EmailRecognizer.RecognizerName] = 2,
            [UrlRecognizer.RecognizerName] = 2,
            [RecognizerNames.Model] = 1,
        },
    };

    private static RecognizerProfileOptions Redaction(List<string> recognizers) => new()
    {
        Recognizers = recognizers,
        Policies = [ConflictPolicies.EqualSpansHigherScore, ConflictPolicies.ContainerWins, ConflictPolicies.MergeOverlaps],
        Priorities = new(StringComparer.Ordinal) { [RecognizerNames.Model] = -1 },
        TypeMap = new(StringComparer.Ordinal)
        {
            ["PER"] = PiiTypes.Person,
            ["LOC"] = PiiTypes.Location,
            ["ORG"] = PiiTypes.Organization,
            [PatternTypes.Date] = PiiTypes.DateTime,
        },
        DisabledTypes = ["MISC"],
        MinimumConfidence = 0.4,
    };
}
