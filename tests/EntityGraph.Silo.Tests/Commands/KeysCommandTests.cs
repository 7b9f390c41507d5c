using EntityGraph.Security;
using EntityGraph.Silo.Cli;
using EntityGraph.Silo.Tests.Fixtures;
using EntityGraph.Storage.Sqlite;
using EntityGraph.TestSupport;

namespace EntityGraph.Silo.Tests.Commands;

public sealed class KeysCommandTests(Workspace workspace) : IClassFixture<Workspace>
{
    [Fact]
    public async Task Create_prints_the_key_alone_on_the_last_line_list_hides_it_and_revoke_ends_it()
    {
        var data = workspace.Folder("keys-data");

        var created = await CliRun.RunAsync(workspace.Settings, null, "keys", "create", "--data-dir", data, "--name", "ci-bot", "--role", "editor");
        var listed = await CliRun.RunAsync(workspace.Settings, null, "keys", "list", "--data-dir", data);
        var key = created.Out.TrimEnd('\n').Split('\n')[^1];
        using (var store = await GraphStoreFactory.OpenAsync(data))
        {
            Assert.True(ApiKeySecrets.TryParse(key, out var keyId, out var secret));
            var record = await store.FindApiKeyAsync(keyId);
            Assert.NotNull(record);
            Assert.True(ApiKeySecrets.Matches(record.Salt, record.Hash, secret));
            Assert.Equal(("ci-bot", "editor"), (record.Name, record.Role));
        }

        var duplicate = await CliRun.RunAsync(workspace.Settings, null, "keys", "create", "--data-dir", data, "--name", "ci-bot", "--role", "admin");
        var revoked = await CliRun.RunAsync(workspace.Settings, null, "keys", "revoke", "--data-dir", data, "--name", "ci-bot");
        var again = await CliRun.RunAsync(workspace.Settings, null, "keys", "revoke", "--data-dir", data, "--name", "ci-bot");

        Assert.Equal(ExitCodes.Success, created.ExitCode);
        Assert.Single(created.Out.TrimEnd('\n').Split('\n'));
        Assert.Contains("shown only now", created.Error, StringComparison.Ordinal);
        Assert.Contains("ci-bot\teditor\tegk_", listed.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(key, listed.Out + listed.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Failure, duplicate.ExitCode);
        Assert.Contains("NAME_TAKEN", duplicate.Error, StringComparison.Ordinal);
        Assert.Equal((ExitCodes.Success, "revoked API key 'ci-bot'\n"), (revoked.ExitCode, revoked.Out));
        Assert.Equal(ExitCodes.Failure, again.ExitCode);
    }

    [Theory]
    [InlineData("Option '--role' is required.", "keys", "create", "--name", "x")]
    [InlineData("Argument 'root' not recognized. Must be one of:\n\t'reader'\n\t'reviewer'\n\t'editor'\n\t'admin'", "keys", "create", "--name", "x", "--role", "root")]
    [InlineData("Unrecognized command or argument 'rotate'.", "keys", "rotate")]
    [InlineData("--name must not be empty", "keys", "revoke", "--name", " ")]
    public async Task Bad_key_commands_name_the_problem(string message, params string[] args)
    {
        var run = await CliRun.RunAsync(workspace.Settings, null, args);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains(message, run.Error.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_without_keys_refuses_to_listen_beyond_loopback()
    {
        var data = workspace.Folder("protected-data");
        var url = $"http://0.0.0.0:{LoopbackPorts.Free()}";

        var run = await CliRun.RunAsync(workspace.Settings, null, "serve", "--data-dir", data, "--no-samples", "--urls", url);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains($"refusing to listen on {url} without API keys (protected mode)", run.Error, StringComparison.Ordinal);
        Assert.Contains("entitygraph keys create --name NAME --role admin", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://localhost:5080", true)]
    [InlineData("http://[::1]:5080", true)]
    [InlineData("http://0.0.0.0:5080", false)]
    [InlineData("http://*:5080", false)]
    [InlineData("http://+:5080", false)]
    [InlineData("http://10.1.2.3:5080", false)]
    public void Only_loopback_addresses_count_as_protected(string url, bool loopback) =>
        Assert.Equal(loopback, Silo.Hosting.ProtectedMode.IsLoopback(url));
}
