using EntityGraph.Redaction.Configuration;
using EntityGraph.Redaction.Operators;

namespace EntityGraph.Redaction.Engine;

/// <summary>
/// Chooses the operator of an entity type. The request's specs lie over the configured ones key by key, then the type's
/// entry is used, else the <c>DEFAULT</c> entry, else replace with <c>&lt;TYPE&gt;</c>. Keys ignore case.
/// </summary>
internal sealed class OperatorResolver
{
    private static readonly OperatorSpec BuiltInDefault = new() { Operator = RedactionOperators.Replace };

    private readonly RedactionOperators registry;
    private readonly Dictionary<string, OperatorSpec> configured;
    private readonly Dictionary<string, OperatorSpec>? requested;
    private readonly Dictionary<string, ResolvedOperator> byType = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Resolves against <paramref name="configured"/> (already validated) overlaid by <paramref name="requested"/>.</summary>
    /// <exception cref="RedactionRequestException">A requested spec is invalid.</exception>
    public OperatorResolver(
        RedactionOperators registry,
        Dictionary<string, OperatorSpec> configured,
        IReadOnlyDictionary<string, OperatorSpec>? requested)
    {
        this.registry = registry;
        this.configured = configured;
        this.requested = requested is null ? null : CheckRequest(requested);
    }

    /// <summary>The operator of <paramref name="type"/> (cached per type).</summary>
    /// <exception cref="InvalidOperationException">The operator needs a key or salt that is not configured.</exception>
    public ResolvedOperator Resolve(string type)
    {
        if (byType.TryGetValue(type, out var resolved))
        {
            return resolved;
        }

        var spec = Find(type) ?? Find(RedactionOptions.DefaultOperatorKey) ?? BuiltInDefault;
        var redactionOperator = registry.Get(spec.Operator);
        if (redactionOperator.MissingSetting is { } missing)
        {
            throw new InvalidOperationException(MissingSettingMessage.For(missing, $"The '{redactionOperator.Name}' operator needs"));
        }

        resolved = new ResolvedOperator(redactionOperator, spec);
        byType.Add(type, resolved);
        return resolved;
    }

    private OperatorSpec? Find(string key) =>
        requested is not null && requested.TryGetValue(key, out var fromRequest) ? fromRequest
        : configured.TryGetValue(key, out var fromConfiguration) ? fromConfiguration
        : null;

    private static Dictionary<string, OperatorSpec> CheckRequest(IReadOnlyDictionary<string, OperatorSpec> requested)
    {
        var specs = new Dictionary<string, OperatorSpec>(StringComparer.OrdinalIgnoreCase);
        var problems = new List<string>();
        foreach (var (type, spec) in requested)
        {
            if (string.IsNullOrWhiteSpace(type))
            {
                problems.Add("an operator was given without an entity type.");
                continue;
            }

            var specProblems = OperatorSpecRules.Problems(spec);
            problems.AddRange(specProblems.Select(problem => $"{type}: {problem}"));
            if (specProblems.Count == 0 && !specs.TryAdd(type, spec!.Copy()))
            {
                problems.Add($"{type}: the entity type is given more than once (keys ignore case).");
            }
        }

        if (problems.Count > 0)
        {
            throw new RedactionRequestException($"Invalid redaction operators: {string.Join(" ", problems)}");
        }

        return specs;
    }
}
