using GraphQL.Types;

namespace EntityGraph.GraphApi.Types;

public sealed class RedactionOperatorInputType : InputObjectGraphType<RedactionOperatorInput>
{
    public RedactionOperatorInputType()
    {
        Name = "RedactionOperatorInput";
        Description = "The operator for one entity type (or DEFAULT), overriding the configured one. Keys and salts are the service's configuration, never part of a request.";
        Field<NonNullGraphType<StringGraphType>>("type").Description("An entity type (PERSON, IBAN, ...) or DEFAULT.");
        Field<NonNullGraphType<StringGraphType>>("operator").Description("replace, redact, mask, hash, encrypt or keep.");
        Field<StringGraphType>("value").Description("replace: the replacement (default <TYPE>).");
        Field<BooleanGraphType>("numbered").DefaultValue(false).Description("replace: <TYPE_1>, <TYPE_2>... the same value getting the same number within the text.");
        Field<StringGraphType>("maskChar").Description("mask: the masking character (default *).");
        Field<IntGraphType>("maskCount").Description("mask: how many characters are masked (default all).");
        Field<BooleanGraphType>("fromEnd").DefaultValue(false).Description("mask: mask the last characters instead of the first.");
    }
}
