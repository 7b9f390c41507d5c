using EntityGraph.Recognizers.Context;
using EntityGraph.Recognizers.Validation;

namespace EntityGraph.Recognizers.Pii;

/// <summary>Spanish DNI and NIE numbers with their mod-23 check letter.</summary>
public sealed class SpanishNifRecognizer() : ValidatedPatternRecognizer(RecognizerName, PiiTypes.EsNif, [new(PiiRegexes.SpanishNif(), 0.7)], IdentifierValidators.Get("es-dni"), Words, ["es"])
{
    /// <summary>The recognizer name.</summary>
    public const string RecognizerName = "pii/es-nif";

    private static readonly ContextWords Words = new(new Dictionary<string, IReadOnlyList<string>>
    {
        ["*"] = ["dni", "nie", "nif", "documento nacional", "identidad", "extranjero"],
    });
}
