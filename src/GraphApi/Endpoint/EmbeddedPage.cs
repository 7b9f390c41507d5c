using System.Collections.Concurrent;
using System.Text;
using System.Text.Encodings.Web;

namespace EntityGraph.GraphApi.Endpoint;

/// <summary>
/// A web page served from embedded resources: its HTML and every other file of its folder (scripts, style sheets,
/// workers) as assets under the page's address. No page carries inline script, so each is served under a
/// Content-Security-Policy that allows scripts from the server only. <see cref="GraphiQL"/> is GraphiQL
/// (<c>/graphql/ui</c>), <see cref="Review"/> the reviewer page (<c>/graphql/review</c>), <see cref="Explorer"/> the
/// entity-graph explorer (<c>/</c>, assets under <c>/explorer/</c>).
/// </summary>
internal sealed class EmbeddedPage
{
    /// <summary>The policy of the hand-written pages: own scripts and styles only, queries to the same origin.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>
    /// GraphiQL's policy: still no inline or evaluated script, Monaco's workers from the server, and inline styles and
    /// data: fonts and images, which Monaco and GraphiQL's bundled style sheet use.
    /// </summary>
    public const string GraphiQLContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; worker-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self' data:; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private const string EndpointPlaceholder = "__GRAPHQL_ENDPOINT__";

    private static readonly IReadOnlyDictionary<string, string> ContentTypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".html"] = "text/html; charset=utf-8",
        [".svg"] = "image/svg+xml",
    };

    private readonly string _resourcePrefix;
    private readonly string _html;
    private readonly ConcurrentDictionary<string, byte[]> _resources = new(StringComparer.Ordinal);

    private EmbeddedPage(string folder, string path, string assetPath, string html, string contentSecurityPolicy)
    {
        _resourcePrefix = $"EntityGraph.GraphApi.{folder}.";
        _html = html;
        Path = path;
        AssetPath = assetPath;
        ContentSecurityPolicyValue = contentSecurityPolicy;
        Assets = typeof(EmbeddedPage).Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(_resourcePrefix, StringComparison.Ordinal))
            .Select(name => name[_resourcePrefix.Length..])
            .Where(name => name != html)
            .Order(StringComparer.Ordinal)
            .ToDictionary(name => name, ContentType, StringComparer.Ordinal);
    }

    /// <summary>GraphiQL, built from npm by web/build.sh.</summary>
    public static EmbeddedPage GraphiQL { get; } = new("GraphiQL", "ui", "ui", "graphiql.html", GraphiQLContentSecurityPolicy);

    /// <summary>The reviewer page: the review queue, the document with its mentions, decisions by key.</summary>
    public static EmbeddedPage Review { get; } = new("Review", "review", "review", "review.html", ContentSecurityPolicy);

    /// <summary>The explorer: search, entity and document pages, the neighbourhood graph, analyze text.</summary>
    public static EmbeddedPage Explorer { get; } = new("Explorer", "", "explorer", "explorer.html", ContentSecurityPolicy);

    /// <summary>The pages served below the GraphQL endpoint, in the order they are mapped.</summary>
    public static IReadOnlyList<EmbeddedPage> UnderEndpoint { get; } = [GraphiQL, Review];

    /// <summary>The page's address (below the endpoint, or below the site root for the explorer).</summary>
    public string Path { get; }

    /// <summary>The folder address its assets are served under, beside <see cref="Path"/>.</summary>
    public string AssetPath { get; }

    /// <summary>The Content-Security-Policy of the page and its assets.</summary>
    public string ContentSecurityPolicyValue { get; }

    /// <summary>The assets served beside the page (every other file of its folder), by file name, with their content types.</summary>
    public IReadOnlyDictionary<string, string> Assets { get; }

    /// <summary>The page for an API mapped at <paramref name="endpoint"/> (which also prefixes the asset addresses).</summary>
    public byte[] Render(string endpoint) =>
        Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Resource(_html)).Replace(EndpointPlaceholder, HtmlEncoder.Default.Encode(endpoint), StringComparison.Ordinal));

    /// <summary>The bytes of one of <see cref="Assets"/>.</summary>
    public byte[] Asset(string name) =>
        Assets.ContainsKey(name) ? Resource(name) : throw new ArgumentException($"'{name}' is not an asset of the {Path} page.", nameof(name));

    private static string ContentType(string name) =>
        ContentTypes.TryGetValue(System.IO.Path.GetExtension(name), out var type) ? type : "application/octet-stream";

    private byte[] Resource(string name) => _resources.GetOrAdd(name, n =>
    {
        using var stream = typeof(EmbeddedPage).Assembly.GetManifestResourceStream(_resourcePrefix + n)
            ?? throw new InvalidOperationException($"The page resource '{_resourcePrefix + n}' is missing from the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });
}
