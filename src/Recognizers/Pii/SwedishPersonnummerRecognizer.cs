using EntityGraph.Recognizers.Context;
using EntityGraph.Recognizers.Validation;

namespace EntityGraph.Recognizers.Pii;

/// <summary>Swedish personal identity numbers: birth date (or coordination day), serial and the Luhn check digit.</summary>
public sealed class SwedishPersonnummerRecognizer() : ValidatedPatternRecognizer(RecognizerName, PiiTypes.SePersonnummer, [new(PiiRegexes.Personnummer(), 0.6)], IdentifierValidators.Get("se-personnummer"), Words, ["sv"])
{
    /// <summary>The recognizer name.</summary>
    public const string RecognizerName = "pii/se-personnummer";

    private static readonly ContextWords Words = new(new Dictionary<string, IReadOnlyList<string>>
    {
        ["*"] = ["personnummer", "personnr", "pers.nr", "samordningsnummer"],
    });
}
