using System.Text.Json;
using System.Text.Json.Serialization;

namespace EntityGraph.DocumentCorpus.Manifest;

/// <summary>
/// What a generated folder holds and what ingesting it must give: every readable document with its text, every failure
/// with its code, every file ingest must skip (an unsupported type), and how many files of each kind were written.
/// </summary>
public sealed record FolderManifest(
    int Seed,
    IReadOnlyDictionary<string, int> FilesByKind,
    IReadOnlyList<ExpectedDocument> Documents,
    IReadOnlyList<ExpectedFailure> Failures,
    IReadOnlyList<string> Skipped)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>How many files were written.</summary>
    [JsonIgnore]
    public int Files => FilesByKind.Values.Sum();

    /// <summary>Writes the manifest as indented JSON.</summary>
    public async Task SaveAsync(string path, CancellationToken cancellationToken = default)
    {
        await using var stream = File.Create(path);
        await JsonSerializer.SerializeAsync(stream, this, Json, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a manifest written by <see cref="SaveAsync"/>.</summary>
    public static async Task<FolderManifest> LoadAsync(string path, CancellationToken cancellationToken = default)
    {
        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<FolderManifest>(stream, Json, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidDataException($"{path} holds no manifest.");
    }
}
