using EntityGraph.TestSupport;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using EntityGraph.Silo.Hosting;
using EntityGraph.Silo.Tests.Fixtures;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EntityGraph.Silo.Tests.Commands;

public sealed class ServeTests(Workspace workspace) : IClassFixture<Workspace>
{
    [Fact]
    public async Task Serve_loads_the_samples_into_an_empty_store_once_and_answers_health_and_graphql_over_http()
    {
        var data = workspace.Folder("serve-data");
        var samples = Path.Combine(workspace.Folder("serve-samples"), "samples.jsonl");
        await File.WriteAllLinesAsync(
            samples,
            [
                "{\"id\":\"s1\",\"text\":\"ACME hired Anna.\",\"language\":\"en\"}",
                "{\"id\":\"s2\",\"text\":\"ACME thanked Bert.\",\"language\":\"en\"}",
            ]);
        var settings = Settings(data, samples);

        await using (var app = await StartAsync(settings))
        {
            await SampleLoader(app).ExecuteTask!;
            using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

            var health = await http.GetAsync(new Uri("/health", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            using var healthJson = JsonDocument.Parse(await health.Content.ReadAsStringAsync());
            Assert.Equal("ok", healthJson.RootElement.GetProperty("status").GetString());
            Assert.Equal(2, healthJson.RootElement.GetProperty("documents").GetInt64());
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri("/health/live", UriKind.Relative))).StatusCode);
            var ready = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            using var readyJson = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
            var checks = readyJson.RootElement.GetProperty("checks");
            Assert.Equal("ready", readyJson.RootElement.GetProperty("status").GetString());
            Assert.Equal("ok (2 documents)", checks.GetProperty("store").GetString());
            Assert.Equal("ok (1 active silo)", checks.GetProperty("cluster").GetString());
            Assert.StartsWith("ok (", checks.GetProperty("models").GetString(), StringComparison.Ordinal);

            var query = await http.PostAsJsonAsync(
                new Uri("/graphql", UriKind.Relative),
                new { query = "{ entities(search: \"acme\") { nodes { canonicalName type documentCount mentionCount } } }" });
            Assert.Equal(HttpStatusCode.OK, query.StatusCode);
            using var queryJson = JsonDocument.Parse(await query.Content.ReadAsStringAsync());
            var node = Assert.Single(queryJson.RootElement.GetProperty("data").GetProperty("entities").GetProperty("nodes").EnumerateArray());
            Assert.Equal(("ACME", "ORG", 2, 2), (node.GetProperty("canonicalName").GetString(), node.GetProperty("type").GetString(), node.GetProperty("documentCount").GetInt32(), node.GetProperty("mentionCount").GetInt32()));
        }

        await File.AppendAllLinesAsync(samples, ["{\"id\":\"s3\",\"text\":\"KRONOS hired Cara.\",\"language\":\"en\"}"]);
        await using (var restarted = await StartAsync(settings))
        {
            await SampleLoader(restarted).ExecuteTask!;
            using var http = new HttpClient { BaseAddress = new Uri(restarted.Urls.First()) };
            using var health = JsonDocument.Parse(await http.GetStringAsync(new Uri("/health", UriKind.Relative)));
            Assert.Equal(2, health.RootElement.GetProperty("documents").GetInt64());
        }
    }

    [Fact]
    public async Task Ready_is_503_with_the_reason_when_a_routed_model_is_missing_and_live_stays_200()
    {
        var models = workspace.Folder("serve-broken-models");
        TinyNerModel.Create(models, ["en"]);
        foreach (var folder in Directory.GetDirectories(models))
        {
            Directory.Delete(folder, recursive: true);
        }

        var settings = Settings(workspace.Folder("serve-broken"), Path.Combine(models, "none.jsonl")) with { LoadSamples = false };
        settings = settings with { Overrides = new Dictionary<string, string?>(settings.Overrides) { ["EntityGraph:Ner:ModelsDirectory"] = models } };
        await using var app = await StartAsync(settings);
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        var live = await http.GetAsync(new Uri("/health/live", UriKind.Relative));
        var ready = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        using var json = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        Assert.Equal("not ready", json.RootElement.GetProperty("status").GetString());
        Assert.StartsWith("routed models missing: ", json.RootElement.GetProperty("checks").GetProperty("models").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("ok", json.RootElement.GetProperty("checks").GetProperty("store").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_samples_keeps_the_store_empty()
    {
        var samples = Path.Combine(workspace.Folder("serve-nosamples-input"), "samples.jsonl");
        await File.WriteAllLinesAsync(samples, ["{\"id\":\"s1\",\"text\":\"ACME hired Anna.\",\"language\":\"en\"}"]);

        await using var app = await StartAsync(Settings(workspace.Folder("serve-nosamples"), samples) with { LoadSamples = false });
        await SampleLoader(app).ExecuteTask!;
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        using var health = JsonDocument.Parse(await http.GetStringAsync(new Uri("/health", UriKind.Relative)));
        Assert.Equal(0, health.RootElement.GetProperty("documents").GetInt64());
    }

    [Fact]
    public async Task Responses_carry_security_headers_and_cross_origin_calls_get_no_CORS_headers_unless_the_origin_is_listed()
    {
        var samples = Path.Combine(workspace.Folder("serve-headers-input"), "samples.jsonl");
        await File.WriteAllTextAsync(samples, string.Empty);
        var closed = Settings(workspace.Folder("serve-headers"), samples) with { LoadSamples = false };
        var open = closed with
        {
            DataDirectory = workspace.Folder("serve-cors"),
            Overrides = new Dictionary<string, string?>(closed.Overrides) { ["EntityGraph:Server:AllowedOrigins"] = "https://explorer.example" },
        };

        await using (var app = await StartAsync(closed))
        {
            using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
            using var page = await http.GetAsync(new Uri("/graphql/ui", UriKind.Relative));
            using var explorer = await http.GetAsync(new Uri("/", UriKind.Relative));
            using var crossOrigin = await SendWithOriginAsync(http, "https://evil.example");

            Assert.Equal(System.Net.HttpStatusCode.OK, explorer.StatusCode);
            Assert.Equal("text/html", explorer.Content.Headers.ContentType?.MediaType);
            Assert.Contains("script-src 'self';", explorer.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            Assert.Equal("DENY", explorer.Headers.GetValues("X-Frame-Options").Single());

            Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("DENY", page.Headers.GetValues("X-Frame-Options").Single());
            Assert.Contains("frame-ancestors 'none'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            Assert.DoesNotContain("'unsafe-eval'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            Assert.False(crossOrigin.Headers.Contains("Access-Control-Allow-Origin"));
        }

        await using (var app = await StartAsync(open))
        {
            using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
            using var listed = await SendWithOriginAsync(http, "https://explorer.example");
            using var other = await SendWithOriginAsync(http, "https://evil.example");

            Assert.Equal("https://explorer.example", listed.Headers.GetValues("Access-Control-Allow-Origin").Single());
            Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
        }
    }

    [Fact]
    public async Task Serve_speaks_https_with_the_certificate_named_in_configuration()
    {
        var samples = Path.Combine(workspace.Folder("serve-https-input"), "samples.jsonl");
        await File.WriteAllTextAsync(samples, string.Empty);
        var certificatePath = Path.Combine(workspace.Folder("serve-https-certificate"), "server.pfx");
        using var certificate = SelfSignedCertificate();
        await File.WriteAllBytesAsync(certificatePath, certificate.Export(X509ContentType.Pfx, "test-password"));
        var settings = Settings(workspace.Folder("serve-https"), samples) with { LoadSamples = false, Urls = "https://127.0.0.1:0" };
        settings = settings with
        {
            Overrides = new Dictionary<string, string?>(settings.Overrides)
            {
                ["Kestrel:Certificates:Default:Path"] = certificatePath,
                ["Kestrel:Certificates:Default:Password"] = "test-password",
            },
        };

        await using var app = await StartAsync(settings);
        string? presented = null;
        using var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, served, _, _) =>
            {
                presented = served?.Thumbprint;
                return presented == certificate.Thumbprint;
            },
        };
        using var http = new HttpClient(handler) { BaseAddress = new Uri(app.Urls.First()) };

        using var health = await http.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.StartsWith("https://127.0.0.1:", app.Urls.First(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(certificate.Thumbprint, presented);
    }

    private static X509Certificate2 SelfSignedCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
    }

    private static async Task<HttpResponseMessage> SendWithOriginAsync(HttpClient http, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        return await http.SendAsync(request);
    }

    private HostSettings Settings(string data, string samples) => workspace.Settings with
    {
        DataDirectory = data,
        Urls = "http://127.0.0.1:0",
        Overrides = new Dictionary<string, string?>(workspace.Settings.Overrides) { ["EntityGraph:Samples:Path"] = samples },
    };

    private static async Task<WebApplication> StartAsync(HostSettings settings)
    {
        var app = EntityGraphHost.BuildServer(settings);
        await app.StartAsync();
        return app;
    }

    private static BackgroundService SampleLoader(WebApplication app) =>
        app.Services.GetServices<IHostedService>().OfType<SampleCorpusLoader>().Single();
}
