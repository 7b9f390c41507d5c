using EntityGraph.Storage;
using EntityGraph.Storage.Sqlite;
using Microsoft.Extensions.Options;

namespace EntityGraph.Security.Tests;

/// <summary>The authenticator over a real SQLite store in a temporary folder.</summary>
public sealed class ApiKeyAuthenticatorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("entitygraph-keys-").FullName;

    [Fact]
    public async Task A_created_key_authenticates_as_its_name_and_role_until_revoked()
    {
        using var store = await GraphStoreFactory.OpenAsync(_folder);
        var issuer = new ApiKeyIssuer(store, TimeProvider.System);
        var authenticator = Authenticator(store, TimeSpan.FromMilliseconds(1));

        Assert.False(await authenticator.AnyKeysAsync());
        var key = await issuer.CreateAsync("ingest-bot", ApiRoles.Editor);
        await Task.Delay(5);
        var valid = await authenticator.AuthenticateAsync(key);
        var wrongSecret = await authenticator.AuthenticateAsync(key[..^3] + "xyz");
        await issuer.RevokeAsync("ingest-bot");
        await Task.Delay(5);
        var revoked = await authenticator.AuthenticateAsync(key);

        Assert.Equal(new Caller("ingest-bot", ApiRoles.Editor), valid.Caller);
        Assert.Equal(AuthenticationState.Invalid, wrongSecret.State);
        Assert.Equal(AuthenticationState.Invalid, revoked.State);
        Assert.Equal(AuthenticationState.Anonymous, (await authenticator.AuthenticateAsync(null)).State);
        Assert.False(await authenticator.AnyKeysAsync());
        var stored = Assert.Single(await store.ListApiKeysAsync());
        Assert.DoesNotContain(key, System.Text.Encoding.UTF8.GetString(stored.Hash), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_role_is_refused_with_the_roles_named()
    {
        using var store = await GraphStoreFactory.OpenAsync(_folder);

        var error = await Assert.ThrowsAsync<GraphStoreException>(() => new ApiKeyIssuer(store, TimeProvider.System).CreateAsync("x", "root"));

        Assert.Equal(ErrorCodes.InvalidInput, error.Code);
        Assert.Contains("reader, reviewer, editor, admin", error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static ApiKeyAuthenticator Authenticator(IApiKeyStore store, TimeSpan cache) =>
        new(store, Options.Create(new SecurityOptions { KeyCacheDuration = cache }), TimeProvider.System);
}
