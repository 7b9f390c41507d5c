using EntityGraph.Redaction.Configuration;
using EntityGraph.Storage;

namespace EntityGraph.Grains.Redaction;

/// <summary>Turns a request's operator choices into the engine's specs, one per type.</summary>
internal static class OperatorChoices
{
    public static IReadOnlyDictionary<string, OperatorSpec>? ToSpecs(IReadOnlyList<OperatorChoice>? choices)
    {
        if (choices is not { Count: > 0 })
        {
            return null;
        }

        var specs = new Dictionary<string, OperatorSpec>(StringComparer.OrdinalIgnoreCase);
        foreach (var choice in choices)
        {
            if (string.IsNullOrWhiteSpace(choice.Type))
            {
                throw new EntityGraphException(ErrorCodes.InvalidInput, "Every operator choice needs a type (an entity type or DEFAULT).");
            }

            var spec = new OperatorSpec
            {
                Operator = choice.Operator,
                Value = choice.Value,
                Numbered = choice.Numbered,
                MaskChar = choice.MaskChar,
                MaskCount = choice.MaskCount,
                FromEnd = choice.FromEnd,
            };
            if (!specs.TryAdd(choice.Type.Trim(), spec))
            {
                throw new EntityGraphException(ErrorCodes.InvalidInput, $"Type '{choice.Type}' has more than one operator choice.");
            }
        }

        return specs;
    }
}
