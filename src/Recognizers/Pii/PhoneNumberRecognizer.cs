using EntityGraph.Recognizers.Context;
using EntityGraph.Recognizers.Languages;
using EntityGraph.Recognizers.Patterns;
using EntityGraph.Recognizers.Pipeline;
using PhoneNumbers;

namespace EntityGraph.Recognizers.Pii;

/// <summary>
/// Phone numbers that exist: the candidates of the PHONE rule (<see cref="PhoneRecognizer"/>), kept only when
/// libphonenumber finds them valid, as international numbers or in a national format of a country where the text's
/// language is spoken (<see cref="PhoneRegions"/>).
/// </summary>
public sealed class PhoneNumberRecognizer : RuleRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string RecognizerName = "pii/phone";

    private const double ValidScore = 0.7;

    private static readonly PhoneNumberUtil Numbers = PhoneNumberUtil.GetInstance();

    private static readonly ContextWords Words = new(new Dictionary<string, IReadOnlyList<string>>
    {
        ["*"] = ["tel", "phone", "mobile", "fax", "whatsapp"],
        ["en"] = ["call", "cell", "contact"],
        ["de"] = ["telefon", "handy", "mobil", "rufnummer", "anrufen"],
        ["fr"] = ["téléphone", "portable", "appeler"],
        ["es"] = ["teléfono", "móvil", "celular", "llamar"],
        ["nl"] = ["telefoon", "mobiel", "bellen"],
        ["pt"] = ["telefone", "telemóvel", "celular", "ligar"],
        ["it"] = ["telefono", "cellulare", "chiamare"],
        ["pl"] = ["telefon", "komórka", "zadzwoń"],
        ["sv"] = ["telefon", "mobil", "ring"],
    });

    private readonly PhoneRecognizer candidates = new();

    /// <inheritdoc />
    public override string Name => RecognizerName;

    /// <inheritdoc />
    public override IReadOnlyCollection<string> Types { get; } = [PiiTypes.Phone];

    /// <inheritdoc />
    public override IReadOnlyList<Detection> Recognize(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(language);
        var primary = LanguageTag.Primary(language);
        var regions = PhoneRegions.For(primary);
        var found = new List<Detection>();
        foreach (var candidate in candidates.Recognize(text, language))
        {
            var value = text[candidate.Start..candidate.End];
            if (!LooksLikeSsn(value) && IsValid(value, regions))
            {
                var score = Words.Score(text, candidate.Start, candidate.End, primary, ValidScore);
                found.Add(new Detection(candidate.Start, candidate.End, PiiTypes.Phone, score, RecognizerName));
            }
        }

        return found;
    }

    /// <summary>Three, two and four digits joined by hyphens is how US social security numbers are written, not phone numbers.</summary>
    private static bool LooksLikeSsn(string value) =>
        value.Length == 11 && value[3] == '-' && value[6] == '-' && value.Count(char.IsAsciiDigit) == 9;

    private static bool IsValid(string value, IReadOnlyList<string> regions)
    {
        foreach (var region in regions)
        {
            try
            {
                if (Numbers.IsValidNumber(Numbers.Parse(value, region)))
                {
                    return true;
                }
            }
            catch (NumberParseException)
            {
                // not a number in this region's format; the next region may read it
            }
        }

        return false;
    }
}
