using EntityGraph.Storage;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation.Errors.Custom;
using Microsoft.AspNetCore.Http;

namespace EntityGraph.GraphApi.Errors;

/// <summary>Gives request-level errors (syntax, validation, complexity) the API's codes and picks the HTTP status.</summary>
internal static class ResultErrorClassifier
{
    /// <summary>Rewrites codes of document errors in place and returns the HTTP status for the result.</summary>
    public static int Classify(ExecutionResult result)
    {
        if (result.Errors is null || result.Errors.Count == 0)
        {
            return StatusCodes.Status200OK;
        }

        var documentErrors = false;
        foreach (var error in result.Errors)
        {
            var code = CodeFor(error);
            if (code is not null)
            {
                error.Code = code;
                documentErrors = true;
            }
        }

        if (result.Executed)
        {
            // A request shed for load is refused as a whole, like a rate-limited one.
            return result.Errors.All(error => error.Code == ErrorCodes.Overloaded) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
        }

        return documentErrors ? StatusCodes.Status400BadRequest : StatusCodes.Status500InternalServerError;
    }

    private static string? CodeFor(ExecutionError error) => error switch
    {
        SyntaxError => ErrorCodes.ParseFailed,
        ComplexityError => ErrorCodes.QueryTooComplex,
        DocumentError => ErrorCodes.ValidationFailed,
        _ => null,
    };
}
