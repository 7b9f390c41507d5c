using System.Collections.Concurrent;
using System.Text.Encodings.Web;

namespace EntityGraph.GraphApi.Endpoint;

/// <summary>
/// The GraphQL IDE page and its script and style sheet (embedded resources). The page carries no inline script or
/// style, so it is served under a Content-Security-Policy that allows scripts and styles from the server only.
/// </summary>
internal sealed class IdePage
{
    /// <summary>The policy of the page and its assets: own scripts and styles only, queries to the same origin.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private const string ResourcePrefix = "EntityGraph.GraphApi.Ide.";
    private const string EndpointPlaceholder = "__GRAPHQL_ENDPOINT__";

    /// <summary>The assets served beside the page, by file name, with their content types.</summary>
    public static readonly IReadOnlyDictionary<string, string> Assets = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ide.js"] = "text/javascript; charset=utf-8",
        ["ide.css"] = "text/css; charset=utf-8",
    };

    private readonly ConcurrentDictionary<string, string> _resources = new(StringComparer.Ordinal);

    /// <summary>The page for an API mapped at <paramref name="endpoint"/> (which also prefixes the asset addresses).</summary>
    public string Render(string endpoint) =>
        Resource("ide.html").Replace(EndpointPlaceholder, HtmlEncoder.Default.Encode(endpoint), StringComparison.Ordinal);

    /// <summary>The text of one of <see cref="Assets"/>.</summary>
    public string Asset(string name) =>
        Assets.ContainsKey(name) ? Resource(name) : throw new ArgumentException($"'{name}' is not an IDE asset.", nameof(name));

    private string Resource(string name) => _resources.GetOrAdd(name, static n =>
    {
        using var stream = typeof(IdePage).Assembly.GetManifestResourceStream(ResourcePrefix + n)
            ?? throw new InvalidOperationException($"The IDE resource '{ResourcePrefix + n}' is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });
}
