using EntityGraph.Redaction.Configuration;

namespace EntityGraph.Redaction.Operators;

/// <summary>Turns the text of one detected span into what the redacted text shows in its place.</summary>
public interface IRedactionOperator
{
    /// <summary>The name the operator is configured by, e.g. "mask".</summary>
    string Name { get; }

    /// <summary>
    /// The configuration path of a key or salt this operator needs but was not given (e.g.
    /// "EntityGraph:Redaction:HashSalt"), or null when it is ready to use.
    /// </summary>
    string? MissingSetting { get; }

    /// <summary>What replaces <paramref name="value"/>.</summary>
    /// <param name="value">The span's original text.</param>
    /// <param name="type">The span's entity type, e.g. "PERSON".</param>
    /// <param name="spec">The operator's settings for this type, already validated.</param>
    /// <param name="context">The state shared by the spans of one redaction call (numbering).</param>
    string Apply(string value, string type, OperatorSpec spec, OperatorContext context);
}
