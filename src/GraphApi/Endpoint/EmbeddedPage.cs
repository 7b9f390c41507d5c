using System.Collections.Concurrent;
using System.Text.Encodings.Web;

namespace EntityGraph.GraphApi.Endpoint;

/// <summary>
/// A web page served beside the GraphQL endpoint from embedded resources: its HTML and its own script and style sheet.
/// No page carries inline script or style, so each is served under a Content-Security-Policy that allows scripts and
/// styles from the server only. <see cref="Ide"/> is the GraphQL IDE (<c>/graphql/ui</c>), <see cref="Review"/> the
/// reviewer page (<c>/graphql/review</c>).
/// </summary>
internal sealed class EmbeddedPage
{
    /// <summary>The policy of every page and asset: own scripts and styles only, queries to the same origin.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private const string EndpointPlaceholder = "__GRAPHQL_ENDPOINT__";

    private readonly string _resourcePrefix;
    private readonly string _html;
    private readonly ConcurrentDictionary<string, string> _resources = new(StringComparer.Ordinal);

    private EmbeddedPage(string folder, string path, string html, params string[] assets)
    {
        _resourcePrefix = $"EntityGraph.GraphApi.{folder}.";
        _html = html;
        Path = path;
        Assets = assets.ToDictionary(
            name => name,
            name => name.EndsWith(".js", StringComparison.Ordinal) ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8",
            StringComparer.Ordinal);
    }

    /// <summary>The GraphQL IDE with its Explore tab.</summary>
    public static EmbeddedPage Ide { get; } = new("Ide", "ui", "ide.html", "ide.js", "ide.css");

    /// <summary>The reviewer page: the review queue, the document with its mentions, decisions by key.</summary>
    public static EmbeddedPage Review { get; } = new("Review", "review", "review.html", "review.js", "review.css");

    /// <summary>Every page, in the order they are mapped.</summary>
    public static IReadOnlyList<EmbeddedPage> All { get; } = [Ide, Review];

    /// <summary>The page's address below the endpoint (its assets are under it).</summary>
    public string Path { get; }

    /// <summary>The assets served beside the page, by file name, with their content types.</summary>
    public IReadOnlyDictionary<string, string> Assets { get; }

    /// <summary>The page for an API mapped at <paramref name="endpoint"/> (which also prefixes the asset addresses).</summary>
    public string Render(string endpoint) =>
        Resource(_html).Replace(EndpointPlaceholder, HtmlEncoder.Default.Encode(endpoint), StringComparison.Ordinal);

    /// <summary>The text of one of <see cref="Assets"/>.</summary>
    public string Asset(string name) =>
        Assets.ContainsKey(name) ? Resource(name) : throw new ArgumentException($"'{name}' is not an asset of the {Path} page.", nameof(name));

    private string Resource(string name) => _resources.GetOrAdd(name, n =>
    {
        using var stream = typeof(EmbeddedPage).Assembly.GetManifestResourceStream(_resourcePrefix + n)
            ?? throw new InvalidOperationException($"The page resource '{_resourcePrefix + n}' is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });
}
