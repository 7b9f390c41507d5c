namespace EntityGraph.Linking.InDocument;

/// <summary>
/// Why a mention joined a cluster whose key is not its own: <see cref="Rule"/> is surname, given-name, partial-name,
/// initials, inflection, acronym or name-part; <see cref="Target"/> is the fuller name it was joined to.
/// </summary>
public sealed record InDocumentLink(int MentionIndex, string Surface, string Rule, string Target);
