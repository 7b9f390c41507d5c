using EntityGraph.Recognizers.Context;
using EntityGraph.Recognizers.Validation;

namespace EntityGraph.Recognizers.Pii;

/// <summary>UK National Insurance numbers: the allowed prefix letters, six digits and a suffix A–D.</summary>
public sealed class UkNinoRecognizer() : ValidatedPatternRecognizer(RecognizerName, PiiTypes.UkNino, [new(PiiRegexes.Nino(), 0.6)], IdentifierValidators.Get("uk-nino"), Words, ["en"])
{
    /// <summary>The recognizer name.</summary>
    public const string RecognizerName = "pii/uk-nino";

    private static readonly ContextWords Words = new(new Dictionary<string, IReadOnlyList<string>>
    {
        ["*"] = ["national insurance", "nino", "ni number", "ni no"],
    });
}
