using System.Text;

namespace EntityGraph.Export.Neo4j;

/// <summary>
/// Writes the graph as neo4j-admin import files (see <see cref="Neo4jSchema"/>) plus import.sh and load.cypher into a
/// folder. Files are written under temporary names and renamed at the end, so a failed export leaves no half file.
/// </summary>
public sealed class Neo4jExporter(IGraphExportReader reader)
{
    public async Task<GraphExportResult> ExportAsync(string directory, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory.CreateDirectory(directory);
        var files = new ExportFiles(directory);
        try
        {
            var entities = await WriteEntitiesAsync(files, cancellationToken).ConfigureAwait(false);
            progress?.Report($"{entities} entities");
            var (aliases, hasAlias) = await WriteAliasesAsync(files, cancellationToken).ConfigureAwait(false);
            var (documents, tags, tagged) = await WriteDocumentsAsync(files, cancellationToken).ConfigureAwait(false);
            progress?.Report($"{documents} documents, {tags} tags");
            var (mentions, mentionRelationships) = await WriteMentionsAsync(files, cancellationToken).ConfigureAwait(false);
            var cooccurrences = await WriteCooccurrencesAsync(files, cancellationToken).ConfigureAwait(false);
            progress?.Report($"{mentions} mentions, {cooccurrences} co-occurrences");
            await files.WriteTextAsync("import.sh", Neo4jScripts.ImportScript(), cancellationToken).ConfigureAwait(false);
            await files.WriteTextAsync("load.cypher", Neo4jScripts.LoadScript(), cancellationToken).ConfigureAwait(false);
            files.Commit();
            TryMakeExecutable(Path.Combine(directory, "import.sh"));
            var counts = new GraphExportCounts(entities, aliases, documents, tags, mentions, mentionRelationships, tagged, cooccurrences);
            return new GraphExportResult(files.Written, counts);
        }
        catch
        {
            files.Discard();
            throw;
        }
    }

    private async Task<long> WriteEntitiesAsync(ExportFiles files, CancellationToken cancellationToken)
    {
        await using var csv = await files.OpenAsync(Neo4jSchema.Entities).ConfigureAwait(false);
        await foreach (var entity in reader.StreamEntitiesAsync(cancellationToken).ConfigureAwait(false))
        {
            await csv.RowAsync(entity.Id, entity.CanonicalName, entity.Type, entity.NormalizedKey, entity.MentionCount, entity.DocumentCount, Neo4jSchema.Entities.Label).ConfigureAwait(false);
        }

        return files.Close(Neo4jSchema.Entities, csv);
    }

    private async Task<(long Aliases, long Relationships)> WriteAliasesAsync(ExportFiles files, CancellationToken cancellationToken)
    {
        await using var nodes = await files.OpenAsync(Neo4jSchema.Aliases).ConfigureAwait(false);
        await using var edges = await files.OpenAsync(Neo4jSchema.HasAlias).ConfigureAwait(false);
        await foreach (var alias in reader.StreamAliasesAsync(cancellationToken).ConfigureAwait(false))
        {
            var id = AliasId(alias);
            await nodes.RowAsync(id, alias.Name, alias.Language, alias.Count, alias.Manual, Neo4jSchema.Aliases.Label).ConfigureAwait(false);
            await edges.RowAsync(alias.EntityId, id, Neo4jSchema.HasAlias.RelationshipType).ConfigureAwait(false);
        }

        return (files.Close(Neo4jSchema.Aliases, nodes), files.Close(Neo4jSchema.HasAlias, edges));
    }

    private async Task<(long Documents, long Tags, long Tagged)> WriteDocumentsAsync(ExportFiles files, CancellationToken cancellationToken)
    {
        var tagNames = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var nodes = await files.OpenAsync(Neo4jSchema.Documents).ConfigureAwait(false);
        await using var edges = await files.OpenAsync(Neo4jSchema.Tagged).ConfigureAwait(false);
        await foreach (var document in reader.StreamDocumentsAsync(cancellationToken).ConfigureAwait(false))
        {
            var origin = document.Origin;
            await nodes.RowAsync(
                document.Id, document.Title, document.Language, document.LanguageConfidence, document.Source, document.ContentHash,
                document.Text.Length, document.UsedFallbackModel, document.UpdatedAt,
                origin?.Path, origin?.Format, origin?.Part, origin?.ParentId, origin?.Pages,
                origin?.PageStarts is { } starts ? CsvWriter.Array(starts) : null, origin?.MetadataJson(),
                Neo4jSchema.Documents.Label).ConfigureAwait(false);
            foreach (var tag in document.Tags)
            {
                var id = TagId(tag.Name);
                tagNames.TryAdd(id, tag.Name);
                await edges.RowAsync(document.Id, id, tag.Manual, tag.Score, Neo4jSchema.Tagged.RelationshipType).ConfigureAwait(false);
            }
        }

        var documents = files.Close(Neo4jSchema.Documents, nodes);
        var tagged = files.Close(Neo4jSchema.Tagged, edges);
        await using var tags = await files.OpenAsync(Neo4jSchema.Tags).ConfigureAwait(false);
        foreach (var (id, name) in tagNames.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            await tags.RowAsync(id, name, Neo4jSchema.Tags.Label).ConfigureAwait(false);
        }

        return (documents, files.Close(Neo4jSchema.Tags, tags), tagged);
    }

    private async Task<(long Mentions, long Relationships)> WriteMentionsAsync(ExportFiles files, CancellationToken cancellationToken)
    {
        await using var edges = await files.OpenAsync(Neo4jSchema.Mentions).ConfigureAwait(false);
        long mentions = 0;
        await foreach (var group in MentionGroups.ReadAsync(reader.StreamMentionsAsync(cancellationToken)).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            mentions += group.Mentions.Count;
            await edges.RowAsync(
                group.DocumentId, group.EntityId, group.Mentions.Count,
                CsvWriter.Array(group.Mentions.Select(m => m.Start)), CsvWriter.Array(group.Mentions.Select(m => m.End)),
                group.Mentions[0].Text, group.Mentions.Average(m => m.Confidence), Neo4jSchema.Mentions.RelationshipType).ConfigureAwait(false);
        }

        return (mentions, files.Close(Neo4jSchema.Mentions, edges));
    }

    private async Task<long> WriteCooccurrencesAsync(ExportFiles files, CancellationToken cancellationToken)
    {
        await using var edges = await files.OpenAsync(Neo4jSchema.Cooccurrences).ConfigureAwait(false);
        await foreach (var pair in reader.StreamCooccurrencesAsync(cancellationToken).ConfigureAwait(false))
        {
            await edges.RowAsync(pair.EntityA, pair.EntityB, pair.DocumentCount, pair.Npmi, Neo4jSchema.Cooccurrences.RelationshipType).ConfigureAwait(false);
        }

        return files.Close(Neo4jSchema.Cooccurrences, edges);
    }

    /// <summary>An alias node's id: entity, language and name (an alias is one name of one entity in one language).</summary>
    public static string AliasId(AliasRecord alias)
    {
        ArgumentNullException.ThrowIfNull(alias);
        return $"{alias.EntityId}|{alias.Language}|{alias.Name}";
    }

    /// <summary>A tag node's id: tag names compare case-insensitively, so "Energy" and "energy" are one node.</summary>
    public static string TagId(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.ToLowerInvariant();
    }

    private static void TryMakeExecutable(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }
    }
}
