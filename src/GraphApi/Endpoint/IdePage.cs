using System.Text.Json;

namespace EntityGraph.GraphApi.Endpoint;

/// <summary>The self-contained GraphQL IDE page (embedded resource), pointed at the API's endpoint.</summary>
internal sealed class IdePage
{
    private const string ResourceName = "EntityGraph.GraphApi.Ide.ide.html";
    private const string EndpointPlaceholder = "\"__GRAPHQL_ENDPOINT__\"";

    private readonly Lazy<string> _template = new(ReadTemplate);

    /// <summary>The page for an API mapped at <paramref name="endpoint"/>.</summary>
    public string Render(string endpoint) =>
        _template.Value.Replace(EndpointPlaceholder, JsonSerializer.Serialize(endpoint), StringComparison.Ordinal);

    private static string ReadTemplate()
    {
        using var stream = typeof(IdePage).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The IDE page resource '{ResourceName}' is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
