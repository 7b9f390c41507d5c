namespace EntityGraph.Silo.Hosting;

/// <summary>The HTTP side of <c>serve</c>, bound from <c>EntityGraph:Server</c>.</summary>
public sealed class ServerOptions
{
    public const string SectionName = "EntityGraph:Server";

    /// <summary>Addresses Kestrel listens on, separated by ';'. Port 0 picks a free port.</summary>
    public string Urls { get; set; } = "http://127.0.0.1:5080";

    /// <summary>Origins whose browser pages may call the API (CORS), separated by ';'; none by default.</summary>
    public string AllowedOrigins { get; set; } = string.Empty;

    public IReadOnlyList<string> AllowedOriginList => AllowedOrigins.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
