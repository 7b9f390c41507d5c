using System.Text;

namespace EntityGraph.Export.Neo4j;

/// <summary>
/// The two ways into Neo4j, generated from <see cref="Neo4jSchema"/>: <c>import.sh</c> (neo4j-admin's offline bulk
/// import into an empty database) and <c>load.cypher</c> (constraints, then LOAD CSV and MERGE in batched transactions,
/// into a running database; re-running it changes nothing).
/// </summary>
public static class Neo4jScripts
{
    /// <summary>Rows per transaction in load.cypher.</summary>
    public const int BatchRows = 1000;

    public static string ImportScript()
    {
        var text = new StringBuilder("""
            #!/usr/bin/env bash
            # Written by `entitygraph export --format neo4j`. Bulk-imports the CSV files beside this script into an empty
            # Neo4j 5 database (stop it first): ./import.sh [DATABASE] (default neo4j). Uses $NEO4J_HOME/bin/neo4j-admin, or
            # neo4j-admin from PATH.
            set -euo pipefail
            cd "$(dirname "$0")"
            admin="${NEO4J_HOME:+$NEO4J_HOME/bin/}neo4j-admin"
            "$admin" database import full "${1:-neo4j}" --overwrite-destination=true \
              --delimiter=',' --array-delimiter=';' --quote='"' --multiline-fields=true
            """);
        foreach (var file in Neo4jSchema.All)
        {
            text.Append(" \\\n  ").Append(file.IsNode ? "--nodes=" : "--relationships=").Append(file.Name);
        }

        return text.Append('\n').ToString();
    }

    public static string LoadScript()
    {
        var text = new StringBuilder("""
            // Written by `entitygraph export --format neo4j`, for Neo4j 5.23 or later. Copy the CSV files into the database's
            // import directory, then:
            //   cypher-shell -u neo4j -p PASSWORD -f load.cypher
            // MERGE on each node's id makes a second run change nothing.

            """);
        foreach (var file in Neo4jSchema.All.Where(file => file.IsNode))
        {
            text.Append($"CREATE CONSTRAINT {Identifier(file.Label!)}_{file.Id.Name} IF NOT EXISTS FOR (n:{file.Label}) REQUIRE n.{file.Id.Name} IS UNIQUE;\n");
        }

        foreach (var file in Neo4jSchema.All)
        {
            text.Append($"\nLOAD CSV WITH HEADERS FROM 'file:///{file.Name}' AS row\nCALL (row) {{\n");
            string target;
            if (file.IsNode)
            {
                text.Append($"  MERGE (n:{file.Label} {{{file.Id.Name}: row.`{file.Id.Header}`}})\n");
                target = "n";
            }
            else
            {
                var start = Neo4jSchema.NodesOf(file.Start.Space!);
                var end = Neo4jSchema.NodesOf(file.End.Space!);
                text.Append($"  MATCH (a:{start.Label} {{{start.Id.Name}: row.`{file.Start.Header}`}})\n");
                text.Append($"  MATCH (b:{end.Label} {{{end.Id.Name}: row.`{file.End.Header}`}})\n");
                text.Append($"  MERGE (a)-[r:{file.RelationshipType}]->(b)\n");
                target = "r";
            }

            var properties = file.Properties.Select(column => $"{target}.{column.Name} = {Convert(column)}").ToList();
            if (properties.Count > 0)
            {
                text.Append("  SET ").Append(string.Join(",\n      ", properties)).Append('\n');
            }

            text.Append($"}} IN TRANSACTIONS OF {BatchRows} ROWS;\n");
        }

        return text.ToString();
    }

    private static string Convert(Neo4jColumn column)
    {
        var value = $"row.`{column.Header}`";
        return column.ValueType switch
        {
            "int" => $"toInteger({value})",
            "double" => $"toFloat({value})",
            "boolean" => $"toBoolean({value})",
            "datetime" => $"datetime({value})",
            "int[]" => $"[item IN split({value}, ';') | toInteger(item)]",
            _ => value,
        };
    }

    private static string Identifier(string label) => label.ToLowerInvariant();
}
