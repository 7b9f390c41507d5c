using EntityGraph.Security;
using EntityGraph.Storage;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Http;

namespace EntityGraph.GraphApi.Security;

/// <summary>
/// Decides, before anything executes, whether a request's key may run the operation's root fields: with no live keys
/// (protected mode, loopback only) everything is allowed; otherwise a missing or invalid key is UNAUTHENTICATED (401) and
/// a role below a field's <see cref="FieldRoles"/> is FORBIDDEN (403).
/// </summary>
internal static class AccessCheck
{
    /// <summary>The operation's root fields that need a role, with the role each needs.</summary>
    public static IReadOnlyList<(string Field, string Role)> Needs(ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation, bool queriesNeedKey)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(operation);
        var isMutation = operation.Operation == OperationType.Mutation;
        var root = isMutation ? schema.Mutation : schema.Query;
        return RootFields(document, operation.SelectionSet, [])
            .Select(name => (Field: name, Role: root?.GetField(name) is { } field ? FieldRoles.Required(field, isMutation, queriesNeedKey) : queriesNeedKey || isMutation ? ApiRoles.Reader : null))
            .Where(need => need.Role is not null)
            .Select(need => (need.Field, need.Role!))
            .ToList();
    }

    /// <summary>The refusal (status, code, message) of a request whose key was checked, or null when it may run.</summary>
    public static (int Status, string Code, string Message)? Decide(IReadOnlyList<(string Field, string Role)> needs, Authentication authentication)
    {
        ArgumentNullException.ThrowIfNull(needs);
        ArgumentNullException.ThrowIfNull(authentication);
        if (authentication.State == AuthenticationState.Invalid)
        {
            return (StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated, "The API key is not valid (unknown, revoked or malformed).");
        }

        if (needs.Count == 0)
        {
            return null;
        }

        if (authentication.Caller is not { } caller)
        {
            return (StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated, $"'{needs[0].Field}' needs an API key: send 'Authorization: Bearer KEY' or 'X-Api-Key: KEY'.");
        }

        var denied = needs.FirstOrDefault(need => !ApiRoles.Allows(caller.Role, need.Role));
        return denied.Field is null
            ? null
            : (StatusCodes.Status403Forbidden, ErrorCodes.Forbidden, $"'{denied.Field}' needs the {denied.Role} role; the key '{caller.Name}' has the {caller.Role} role.");
    }

    /// <summary>Root field names of a selection set, through inline fragments and fragment spreads.</summary>
    private static IEnumerable<string> RootFields(GraphQLDocument document, GraphQLSelectionSet selections, HashSet<string> visited)
    {
        foreach (var selection in selections.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    yield return field.Name.StringValue;
                    break;
                case GraphQLInlineFragment inline:
                    foreach (var name in RootFields(document, inline.SelectionSet, visited))
                    {
                        yield return name;
                    }

                    break;
                case GraphQLFragmentSpread spread when visited.Add(spread.FragmentName.Name.StringValue):
                    var definition = document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(d => d.FragmentName.Name.StringValue == spread.FragmentName.Name.StringValue);
                    if (definition is not null)
                    {
                        foreach (var name in RootFields(document, definition.SelectionSet, visited))
                        {
                            yield return name;
                        }
                    }

                    break;
            }
        }
    }
}
