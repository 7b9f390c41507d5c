using EntityGraph.Recognizers.Context;
using EntityGraph.Recognizers.Languages;
using EntityGraph.Recognizers.Patterns;
using EntityGraph.Recognizers.Pipeline;
using PhoneNumbers;

namespace EntityGraph.Recognizers.Pii;

/// <summary>
/// Phone numbers that exist: the candidates of the PHONE rule (<see cref="PhoneRecognizer"/>) and nine digits grouped in
/// threes (Portuguese, Polish, Spanish mobiles, which the rule leaves to counts), kept only when
/// libphonenumber finds them valid, as international numbers or in a national format of a country where the text's
/// language is spoken (<see cref="PhoneRegions"/>).
/// </summary>
public sealed class PhoneNumberRecognizer : RuleRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string RecognizerName = "pii/phone";

    private const double ValidScore = 0.5;

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
        var grouped = candidates.Recognize(text, language);
        var threeByThree = PiiRegexes.PhoneThreeByThree().Matches(text)
            .Select(m => new Detection(m.Index, m.Index + m.Length, PiiTypes.Phone, ValidScore, RecognizerName))
            .Where(m => !grouped.Any(g => g.Overlaps(m)));
        foreach (var candidate in grouped.Concat(threeByThree))
        {
            var value = text[candidate.Start..candidate.End];
            if (!LooksLikeOtherIdentifier(value) && !ContinuesACode(text, candidate.Start) && IsValid(value, regions))
            {
                var score = Words.Score(text, candidate.Start, candidate.End, primary, ValidScore);
                found.Add(new Detection(candidate.Start, candidate.End, PiiTypes.Phone, score, RecognizerName));
            }
        }

        return found;
    }

    /// <summary>
    /// Three, two and four digits joined by hyphens is how US social security numbers are written, four, six and five
    /// digits how American Express cards are: not phone numbers.
    /// </summary>
    private static bool LooksLikeOtherIdentifier(string value) =>
        Shape(value) is "3-2-4" or "4-6-5" or "4 6 5";

    /// <summary>Whether the candidate follows a digit group or a four-character code after one space: the tail of an account number.</summary>
    private static bool ContinuesACode(string text, int start)
    {
        if (start < 2 || text[start - 1] != ' ')
        {
            return false;
        }

        var tokenStart = start - 1;
        while (tokenStart > 0 && char.IsAsciiLetterOrDigit(text[tokenStart - 1]))
        {
            tokenStart--;
        }

        var token = text.AsSpan(tokenStart, start - 1 - tokenStart);
        var allDigits = token.Length > 0 && !token.ContainsAnyExceptInRange('0', '9');
        var code = token.Length == 4 && !token.ContainsAnyInRange('a', 'z');
        return allDigits || code;
    }

    private static string Shape(string value)
    {
        var shape = new System.Text.StringBuilder();
        var run = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                run++;
                continue;
            }

            shape.Append(run).Append(c);
            run = 0;
        }

        return shape.Append(run).ToString();
    }

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
