namespace EntityGraph.Export.Neo4j;

/// <summary>
/// One import file: a node file (<see cref="Label"/> set; its first column is the id) or a relationship file
/// (<see cref="RelationshipType"/> set; start, end, then properties). The header, import.sh and load.cypher all come from it.
/// </summary>
public sealed record Neo4jFile(string Name, IReadOnlyList<Neo4jColumn> Columns, string? Label = null, string? RelationshipType = null)
{
    public bool IsNode => Label is not null;

    public IReadOnlyList<string> Header => Columns.Select(column => column.Header).ToList();

    public Neo4jColumn Id => Columns.Single(column => column.Role == Neo4jColumnRole.Id);

    public Neo4jColumn Start => Columns.Single(column => column.Role == Neo4jColumnRole.Start);

    public Neo4jColumn End => Columns.Single(column => column.Role == Neo4jColumnRole.End);

    public IEnumerable<Neo4jColumn> Properties => Columns.Where(column => column.Role == Neo4jColumnRole.Property);
}
