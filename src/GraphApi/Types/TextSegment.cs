using EntityGraph.Storage;

namespace EntityGraph.GraphApi.Types;

/// <summary>A run of document text; <see cref="Mention"/> is set when the run is an entity mention.</summary>
public sealed record TextSegment(int Start, int End, string Text, MentionRecord? Mention);
