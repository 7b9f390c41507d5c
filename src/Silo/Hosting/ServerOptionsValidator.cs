using Microsoft.Extensions.Options;

namespace EntityGraph.Silo.Hosting;

/// <summary>Rejects listen addresses that are not absolute http(s) URLs.</summary>
public sealed class ServerOptionsValidator : IValidateOptions<ServerOptions>
{
    public ValidateOptionsResult Validate(string? name, ServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var urls = (options.Urls ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (urls.Length == 0)
        {
            return ValidateOptionsResult.Fail($"{ServerOptions.SectionName}:Urls must name at least one address.");
        }

        var bad = urls.Where(u => !Uri.TryCreate(u, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")).ToList();
        return bad.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{ServerOptions.SectionName}:Urls has addresses that are not http(s) URLs: {string.Join(", ", bad)}.");
    }
}
