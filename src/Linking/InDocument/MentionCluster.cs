using EntityGraph.Linking.KnownNames;

namespace EntityGraph.Linking.InDocument;

/// <summary>
/// The mentions of one document that name one real-world thing. <see cref="Key"/> is the key of its fullest name (or of
/// its known concept); <see cref="AlternateKeys"/> are other full-name keys of the cluster, which may link it too.
/// <see cref="IsShortFormOnly"/> is true for a one-word person name seen without any fuller form in the document.
/// </summary>
public sealed record MentionCluster(
    string Type,
    string Key,
    KnownName? Concept,
    string CanonicalName,
    string Language,
    IReadOnlyList<int> MentionIndexes,
    IReadOnlyList<string> AlternateKeys,
    bool IsShortFormOnly,
    IReadOnlyList<InDocumentLink> Links);
