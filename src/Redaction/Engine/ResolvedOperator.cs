using EntityGraph.Redaction.Configuration;
using EntityGraph.Redaction.Operators;

namespace EntityGraph.Redaction.Engine;

/// <summary>The operator chosen for an entity type and the settings it runs with.</summary>
internal readonly record struct ResolvedOperator(IRedactionOperator Operator, OperatorSpec Spec);
