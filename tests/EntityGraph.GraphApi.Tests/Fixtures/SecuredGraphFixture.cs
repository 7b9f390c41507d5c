using EntityGraph.GraphApi.Tests.Infrastructure;
using EntityGraph.Security;
using EntityGraph.Storage;

namespace EntityGraph.GraphApi.Tests.Fixtures;

/// <summary>The API and a silo over the sample corpus with one live API key per role and one revoked key.</summary>
public sealed class SecuredGraphFixture : SiloGraphApiHost
{
    public Dictionary<string, string> Keys { get; } = new(StringComparer.Ordinal);

    public string RevokedKey { get; private set; } = string.Empty;

    protected override async Task SeedAsync(IGraphStore store, CancellationToken cancellationToken = default)
    {
        await SampleCorpus.SeedAsync(store, cancellationToken);
        var issuer = new ApiKeyIssuer(store, TimeProvider.System);
        foreach (var role in ApiRoles.All)
        {
            Keys[role] = await issuer.CreateAsync($"{role}-key", role, cancellationToken);
        }

        RevokedKey = await issuer.CreateAsync("former-admin", ApiRoles.Admin, cancellationToken);
        await issuer.RevokeAsync("former-admin", cancellationToken);
    }
}
