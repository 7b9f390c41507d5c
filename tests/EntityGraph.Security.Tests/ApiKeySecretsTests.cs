namespace EntityGraph.Security.Tests;

public sealed class ApiKeySecretsTests
{
    [Fact]
    public void A_new_key_parses_back_to_its_id_and_its_secret_matches_only_its_own_hash()
    {
        var (key, keyId, salt, hash) = ApiKeySecrets.Create();
        var (other, _, otherSalt, otherHash) = ApiKeySecrets.Create();

        Assert.True(ApiKeySecrets.TryParse(key, out var parsedId, out var secret));
        Assert.Equal(keyId, parsedId);
        Assert.Matches("^egk_[a-z2-7]{12}_[A-Za-z0-9_-]{43}$", key);
        Assert.True(ApiKeySecrets.Matches(salt, hash, secret));
        Assert.False(ApiKeySecrets.Matches(otherSalt, otherHash, secret));
        Assert.NotEqual(key, other);
        Assert.DoesNotContain(secret, Convert.ToBase64String(hash), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Bearer egk_aaaaaaaaaaaa_secret")]
    [InlineData("egk_short_secret")]
    [InlineData("egk_aaaaaaaaaaaa_")]
    [InlineData("key_aaaaaaaaaaaa_secret")]
    public void Anything_without_the_key_format_does_not_parse(string? presented) =>
        Assert.False(ApiKeySecrets.TryParse(presented, out _, out _));

    [Theory]
    [InlineData("admin", "reader", true)]
    [InlineData("editor", "reviewer", true)]
    [InlineData("reviewer", "editor", false)]
    [InlineData("reader", "reader", true)]
    [InlineData("root", "reader", false)]
    [InlineData("admin", "superuser", false)]
    public void Each_role_allows_what_the_roles_below_it_do(string role, string required, bool allowed) =>
        Assert.Equal(allowed, ApiRoles.Allows(role, required));
}
