namespace EntityGraph.Storage.Relational;

/// <summary>The tables of the graph, parents before children, each with the columns that order its rows.</summary>
public static class GraphTables
{
    /// <summary>Every table a copy moves (the schema version table excepted), in an order that satisfies the foreign keys.</summary>
    public static IReadOnlyList<(string Name, string OrderBy)> All { get; } =
    [
        ("entities", "id"),
        ("entity_keys", "type, normalized_key"),
        ("key_grams", "type, gram, normalized_key"),
        ("canonical_terms", "term, entity_id"),
        ("aliases", "entity_id, name, language"),
        ("alias_terms", "term, entity_id, name, language"),
        ("manual_aliases", "entity_id, name, language"),
        ("manual_alias_terms", "term, entity_id, name, language"),
        ("documents", "id"),
        ("tags", "document_id, name"),
        ("mention_rows", "id"),
        ("cooccurrence", "entity_a, entity_b"),
        ("document_entities", "document_id, entity_id"),
        ("link_decisions", "id"),
        ("entity_redirects", "from_id"),
        ("api_keys", "key_id"),
        ("mention_reviews", "id"),
    ];
}
