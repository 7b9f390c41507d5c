using EntityGraph.Recognizers.Context;
using EntityGraph.Recognizers.Validation;

namespace EntityGraph.Recognizers.Pii;

/// <summary>French social security numbers (NIR): sex, year, month, place of birth, order number and the mod-97 key.</summary>
public sealed class FrenchNirRecognizer() : ValidatedPatternRecognizer(RecognizerName, PiiTypes.FrNir, [new(PiiRegexes.FrenchNir(), 0.7)], IdentifierValidators.Get("fr-nir"), Words, ["fr"])
{
    /// <summary>The recognizer name.</summary>
    public const string RecognizerName = "pii/fr-nir";

    private static readonly ContextWords Words = new(new Dictionary<string, IReadOnlyList<string>>
    {
        ["*"] = ["sécurité sociale", "securite sociale", "sécu", "nir", "insee", "carte vitale", "numéro de sécurité"],
    });
}
