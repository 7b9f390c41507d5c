using System.Globalization;
using System.Text;
using System.Xml;

namespace EntityGraph.Export.GraphMl;

/// <summary>
/// Writes the graph as one GraphML file for Gephi, Cytoscape and yEd: entity, document and tag nodes (with a
/// <c>label</c>, the entity's aliases joined by "; "; documents read from files with their origin), and MENTIONS (document to entity, weight = mentions), TAGGED
/// (document to tag, weight = score) and CO_OCCURS_WITH (undirected, weight = shared documents, with npmi) edges; every
/// attribute declared once as a typed <c>&lt;key&gt;</c>.
/// </summary>
public sealed class GraphMlExporter(IGraphExportReader reader)
{
    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    private static readonly (string Id, string For, string Type)[] Keys =
    [
        ("label", "node", "string"), ("kind", "node", "string"), ("type", "node", "string"), ("language", "node", "string"),
        ("mentionCount", "node", "int"), ("documentCount", "node", "int"), ("aliases", "node", "string"),
        ("originPath", "node", "string"), ("originFormat", "node", "string"), ("originPart", "node", "string"), ("parentId", "node", "string"),
        ("pages", "node", "int"), ("originMetadata", "node", "string"),
        ("relation", "edge", "string"), ("weight", "edge", "double"), ("count", "edge", "int"), ("npmi", "edge", "double"),
    ];

    /// <summary>Writes the file (through NAME.partial, renamed when complete) and returns what it holds.</summary>
    public async Task<GraphExportResult> ExportAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var partial = full + ".partial";
        try
        {
            GraphExportCounts counts;
            await using (var stream = File.Create(partial))
            await using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Async = true, Indent = true, Encoding = new UTF8Encoding(false) }))
            {
                counts = await WriteAsync(xml, cancellationToken).ConfigureAwait(false);
            }

            File.Move(partial, full, overwrite: true);
            var elements = counts.Entities + counts.Documents + counts.Tags + counts.MentionRelationships + counts.TagRelationships + counts.Cooccurrences;
            return new GraphExportResult([new ExportedFile(Path.GetFileName(full), elements)], counts);
        }
        catch
        {
            File.Delete(partial);
            throw;
        }
    }

    /// <summary>The id of an entity, document or tag node (the kinds have separate id spaces).</summary>
    public static string NodeId(string kind, string id) => $"{kind[0]}:{id}";

    private async Task<GraphExportCounts> WriteAsync(XmlWriter xml, CancellationToken cancellationToken)
    {
        await xml.WriteStartDocumentAsync().ConfigureAwait(false);
        await xml.WriteStartElementAsync(null, "graphml", Namespace).ConfigureAwait(false);
        foreach (var (id, target, type) in Keys)
        {
            await xml.WriteStartElementAsync(null, "key", Namespace).ConfigureAwait(false);
            await xml.WriteAttributeStringAsync(null, "id", null, id).ConfigureAwait(false);
            await xml.WriteAttributeStringAsync(null, "for", null, target).ConfigureAwait(false);
            await xml.WriteAttributeStringAsync(null, "attr.name", null, id).ConfigureAwait(false);
            await xml.WriteAttributeStringAsync(null, "attr.type", null, type).ConfigureAwait(false);
            await xml.WriteEndElementAsync().ConfigureAwait(false);
        }

        await xml.WriteStartElementAsync(null, "graph", Namespace).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "id", null, "entitygraph").ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "edgedefault", null, "directed").ConfigureAwait(false);

        var (entities, aliases) = await WriteEntitiesAsync(xml, cancellationToken).ConfigureAwait(false);
        var tagNames = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var tagEdges = new List<(string Document, string Tag, double Score)>();
        long documents = 0;
        await foreach (var document in reader.StreamDocumentsAsync(cancellationToken).ConfigureAwait(false))
        {
            await NodeAsync(xml, NodeId("document", document.Id), DocumentData(document)).ConfigureAwait(false);
            documents++;
            foreach (var tag in document.Tags)
            {
                var tagId = Neo4j.Neo4jExporter.TagId(tag.Name);
                tagNames.TryAdd(tagId, tag.Name);
                tagEdges.Add((document.Id, tagId, tag.Score));
            }
        }

        foreach (var (id, name) in tagNames)
        {
            await NodeAsync(xml, NodeId("tag", id), ("label", name), ("kind", "tag")).ConfigureAwait(false);
        }

        long edges = 0;
        foreach (var (document, tag, score) in tagEdges)
        {
            await EdgeAsync(xml, ++edges, NodeId("document", document), NodeId("tag", tag), directed: true, ("relation", "TAGGED"), ("weight", Number(score))).ConfigureAwait(false);
        }

        long mentions = 0;
        long mentionEdges = 0;
        await foreach (var group in MentionGroups.ReadAsync(reader.StreamMentionsAsync(cancellationToken)).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            mentions += group.Mentions.Count;
            mentionEdges++;
            var count = group.Mentions.Count.ToString(CultureInfo.InvariantCulture);
            await EdgeAsync(xml, ++edges, NodeId("document", group.DocumentId), NodeId("entity", group.EntityId), directed: true, ("relation", "MENTIONS"), ("weight", count), ("count", count)).ConfigureAwait(false);
        }

        long pairs = 0;
        await foreach (var pair in reader.StreamCooccurrencesAsync(cancellationToken).ConfigureAwait(false))
        {
            pairs++;
            var count = pair.DocumentCount.ToString(CultureInfo.InvariantCulture);
            await EdgeAsync(xml, ++edges, NodeId("entity", pair.EntityA), NodeId("entity", pair.EntityB), directed: false, ("relation", "CO_OCCURS_WITH"), ("weight", count), ("count", count), ("npmi", Number(pair.Npmi))).ConfigureAwait(false);
        }

        await xml.WriteEndElementAsync().ConfigureAwait(false);
        await xml.WriteEndElementAsync().ConfigureAwait(false);
        await xml.WriteEndDocumentAsync().ConfigureAwait(false);
        return new GraphExportCounts(entities, aliases, documents, tagNames.Count, mentions, mentionEdges, tagEdges.Count, pairs);
    }

    /// <summary>Entity nodes with their aliases: both streams are ordered by entity id, so they are merged as they come.</summary>
    private async Task<(long Entities, long Aliases)> WriteEntitiesAsync(XmlWriter xml, CancellationToken cancellationToken)
    {
        long entities = 0;
        long aliasCount = 0;
        await using var aliases = reader.StreamAliasesAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
        var hasAlias = await aliases.MoveNextAsync().ConfigureAwait(false);
        await foreach (var entity in reader.StreamEntitiesAsync(cancellationToken).ConfigureAwait(false))
        {
            var names = new List<string>();
            while (hasAlias && string.CompareOrdinal(aliases.Current.EntityId, entity.Id) <= 0)
            {
                if (aliases.Current.EntityId == entity.Id)
                {
                    names.Add(aliases.Current.Name);
                    aliasCount++;
                }

                hasAlias = await aliases.MoveNextAsync().ConfigureAwait(false);
            }

            entities++;
            await NodeAsync(
                xml, NodeId("entity", entity.Id), ("label", entity.CanonicalName), ("kind", "entity"), ("type", entity.Type),
                ("mentionCount", entity.MentionCount.ToString(CultureInfo.InvariantCulture)),
                ("documentCount", entity.DocumentCount.ToString(CultureInfo.InvariantCulture)),
                ("aliases", string.Join("; ", names.Distinct(StringComparer.Ordinal)))).ConfigureAwait(false);
        }

        return (entities, aliasCount);
    }

    /// <summary>A document node's data: label, kind and language, and where the document came from when that is known.</summary>
    private static (string Key, string Value)[] DocumentData(DocumentRecord document)
    {
        var data = new List<(string Key, string Value)> { ("label", document.Title ?? document.Id), ("kind", "document"), ("language", document.Language) };
        if (document.Origin is { } origin)
        {
            data.Add(("originPath", origin.Path));
            data.Add(("originFormat", origin.Format));
            data.AddRange(new (string Key, string? Value)[] { ("originPart", origin.Part), ("parentId", origin.ParentId), ("pages", origin.Pages?.ToString(CultureInfo.InvariantCulture)) }
                .Where(item => item.Value is not null)
                .Select(item => (item.Key, item.Value!)));
            data.Add(("originMetadata", origin.MetadataJson()));
        }

        return data.ToArray();
    }

    private static async Task NodeAsync(XmlWriter xml, string id, params (string Key, string Value)[] data)
    {
        await xml.WriteStartElementAsync(null, "node", Namespace).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "id", null, XmlText.Clean(id)).ConfigureAwait(false);
        await DataAsync(xml, data).ConfigureAwait(false);
        await xml.WriteEndElementAsync().ConfigureAwait(false);
    }

    private static async Task EdgeAsync(XmlWriter xml, long number, string source, string target, bool directed, params (string Key, string Value)[] data)
    {
        await xml.WriteStartElementAsync(null, "edge", Namespace).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "id", null, "x" + number.ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "source", null, XmlText.Clean(source)).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "target", null, XmlText.Clean(target)).ConfigureAwait(false);
        if (!directed)
        {
            await xml.WriteAttributeStringAsync(null, "directed", null, "false").ConfigureAwait(false);
        }

        await DataAsync(xml, data).ConfigureAwait(false);
        await xml.WriteEndElementAsync().ConfigureAwait(false);
    }

    private static async Task DataAsync(XmlWriter xml, (string Key, string Value)[] data)
    {
        foreach (var (key, value) in data)
        {
            await xml.WriteStartElementAsync(null, "data", Namespace).ConfigureAwait(false);
            await xml.WriteAttributeStringAsync(null, "key", null, key).ConfigureAwait(false);
            await xml.WriteStringAsync(XmlText.Clean(value)).ConfigureAwait(false);
            await xml.WriteEndElementAsync().ConfigureAwait(false);
        }
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
