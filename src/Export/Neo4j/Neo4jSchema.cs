using static EntityGraph.Export.Neo4j.Neo4jColumnRole;

namespace EntityGraph.Export.Neo4j;

/// <summary>The files of a Neo4j export, in import order: nodes first, then relationships.</summary>
public static class Neo4jSchema
{
    public static Neo4jFile Entities { get; } = new("entities.csv",
    [
        new("entityId", Id, Space: "Entity"), new("name", Property), new("type", Property), new("normalizedKey", Property),
        new("mentionCount", Property, "int"), new("documentCount", Property, "int"), new(string.Empty, Label),
    ], Label: "Entity");

    public static Neo4jFile Aliases { get; } = new("aliases.csv",
    [
        new("aliasId", Id, Space: "Alias"), new("name", Property), new("language", Property),
        new("count", Property, "int"), new("manual", Property, "boolean"), new(string.Empty, Label),
    ], Label: "Alias");

    public static Neo4jFile Documents { get; } = new("documents.csv",
    [
        new("documentId", Id, Space: "Document"), new("title", Property), new("language", Property),
        new("languageConfidence", Property, "double"), new("source", Property), new("contentHash", Property),
        new("length", Property, "int"), new("usedFallbackModel", Property, "boolean"), new("updatedAt", Property, "datetime"),
        new("originPath", Property), new("originFormat", Property), new("originPart", Property), new("parentId", Property),
        new("pages", Property, "int"), new("pageStarts", Property, "int[]"), new("originMetadata", Property),
        new(string.Empty, Label),
    ], Label: "Document");

    public static Neo4jFile Tags { get; } = new("tags.csv",
    [
        new("tagId", Id, Space: "Tag"), new("name", Property), new(string.Empty, Label),
    ], Label: "Tag");

    public static Neo4jFile HasAlias { get; } = new("entity_aliases.csv",
    [
        new(string.Empty, Start, Space: "Entity"), new(string.Empty, End, Space: "Alias"), new(string.Empty, RelationshipType),
    ], RelationshipType: "HAS_ALIAS");

    public static Neo4jFile Mentions { get; } = new("mentions.csv",
    [
        new(string.Empty, Start, Space: "Document"), new(string.Empty, End, Space: "Entity"), new("count", Property, "int"),
        new("starts", Property, "int[]"), new("ends", Property, "int[]"), new("surface", Property),
        new("confidence", Property, "double"), new(string.Empty, RelationshipType),
    ], RelationshipType: "MENTIONS");

    public static Neo4jFile Tagged { get; } = new("document_tags.csv",
    [
        new(string.Empty, Start, Space: "Document"), new(string.Empty, End, Space: "Tag"), new("manual", Property, "boolean"),
        new("score", Property, "double"), new(string.Empty, RelationshipType),
    ], RelationshipType: "TAGGED");

    public static Neo4jFile Cooccurrences { get; } = new("cooccurrences.csv",
    [
        new(string.Empty, Start, Space: "Entity"), new(string.Empty, End, Space: "Entity"), new("documentCount", Property, "int"),
        new("npmi", Property, "double"), new(string.Empty, RelationshipType),
    ], RelationshipType: "CO_OCCURS_WITH");

    public static IReadOnlyList<Neo4jFile> All { get; } = [Entities, Aliases, Documents, Tags, HasAlias, Mentions, Tagged, Cooccurrences];

    /// <summary>The node file whose ids form <paramref name="space"/>.</summary>
    public static Neo4jFile NodesOf(string space) => All.Single(file => file.IsNode && file.Id.Space == space);
}
