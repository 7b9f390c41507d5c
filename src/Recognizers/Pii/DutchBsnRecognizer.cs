using EntityGraph.Recognizers.Context;
using EntityGraph.Recognizers.Validation;

namespace EntityGraph.Recognizers.Pii;

/// <summary>Dutch citizen service numbers (BSN): nine digits passing the eleven test.</summary>
public sealed class DutchBsnRecognizer() : ValidatedPatternRecognizer(RecognizerName, PiiTypes.NlBsn, [new(PiiRegexes.DutchBsn(), 0.6)], IdentifierValidators.Get("nl-bsn"), Words, ["nl"])
{
    /// <summary>The recognizer name.</summary>
    public const string RecognizerName = "pii/nl-bsn";

    private static readonly ContextWords Words = new(new Dictionary<string, IReadOnlyList<string>>
    {
        ["*"] = ["bsn", "burgerservicenummer", "sofinummer", "sofi-nummer"],
    });
}
