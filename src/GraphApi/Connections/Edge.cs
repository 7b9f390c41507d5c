namespace EntityGraph.GraphApi.Connections;

/// <summary>A node with the cursor of its position.</summary>
public sealed record Edge<T>(string Cursor, T Node);
