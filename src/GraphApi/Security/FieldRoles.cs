using EntityGraph.Security;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace EntityGraph.GraphApi.Security;

/// <summary>
/// The role a root field needs, declared where the field is defined. A mutation that declares none needs
/// <see cref="ApiRoles.Admin"/>, so a new mutation is never open by accident; a query that declares none needs
/// <see cref="ApiRoles.Reader"/> when queries are key-protected, else nothing.
/// </summary>
public static class FieldRoles
{
    private const string MetadataKey = "entitygraph.role";

    public static FieldBuilder<TSource, TReturn> RequiresRole<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, string role)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (!ApiRoles.IsKnown(role))
        {
            throw new ArgumentException($"'{role}' is not a role.", nameof(role));
        }

        field.FieldType.WithMetadata(MetadataKey, role);
        return field;
    }

    /// <summary>The role <paramref name="field"/> needs, or null when anyone may call it.</summary>
    public static string? Required(FieldType field, bool isMutation, bool queriesNeedKey)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.GetMetadata<string?>(MetadataKey) ?? (isMutation ? ApiRoles.Admin : queriesNeedKey ? ApiRoles.Reader : null);
    }
}
