namespace EntityGraph.Export.Neo4j;

/// <summary>What a CSV column is to neo4j-admin import.</summary>
public enum Neo4jColumnRole
{
    /// <summary>The node's id in its id space (<c>name:ID(Space)</c>), also stored as a property.</summary>
    Id,

    /// <summary>A property with its type (<c>name:int</c>; strings carry no type).</summary>
    Property,

    /// <summary>The node labels (<c>:LABEL</c>).</summary>
    Label,

    /// <summary>The relationship's start node (<c>:START_ID(Space)</c>).</summary>
    Start,

    /// <summary>The relationship's end node (<c>:END_ID(Space)</c>).</summary>
    End,

    /// <summary>The relationship type (<c>:TYPE</c>).</summary>
    RelationshipType,
}

/// <summary>
/// One column of an import file. <see cref="ValueType"/> is the import's type name (<c>string</c>, <c>int</c>,
/// <c>double</c>, <c>boolean</c>, <c>datetime</c>, with <c>[]</c> for arrays); <see cref="Space"/> the id space of ids and ends.
/// </summary>
public sealed record Neo4jColumn(string Name, Neo4jColumnRole Role, string ValueType = "string", string? Space = null)
{
    /// <summary>The header cell, e.g. <c>entityId:ID(Entity)</c>, <c>mentionCount:int</c>, <c>:START_ID(Document)</c>.</summary>
    public string Header => Role switch
    {
        Neo4jColumnRole.Id => $"{Name}:ID({Space})",
        Neo4jColumnRole.Label => ":LABEL",
        Neo4jColumnRole.Start => $":START_ID({Space})",
        Neo4jColumnRole.End => $":END_ID({Space})",
        Neo4jColumnRole.RelationshipType => ":TYPE",
        _ => ValueType == "string" ? Name : $"{Name}:{ValueType}",
    };
}
