using EntityGraph.Recognizers.Context;
using EntityGraph.Recognizers.Validation;

namespace EntityGraph.Recognizers.Pii;

/// <summary>Polish PESEL numbers: birth date with the century offset in the month and the weighted check digit.</summary>
public sealed class PolishPeselRecognizer() : ValidatedPatternRecognizer(RecognizerName, PiiTypes.PlPesel, [new(PiiRegexes.Pesel(), 0.6)], IdentifierValidators.Get("pl-pesel"), Words, ["pl"])
{
    /// <summary>The recognizer name.</summary>
    public const string RecognizerName = "pii/pl-pesel";

    private static readonly ContextWords Words = new(new Dictionary<string, IReadOnlyList<string>>
    {
        ["*"] = ["pesel", "numer ewidencyjny"],
    });
}
