namespace EntityGraph.Grains;

/// <summary>
/// Where a submitted document was read from (stored as its <see cref="EntityGraph.Storage.DocumentOrigin"/>): the file's
/// full path, the reader format, the part of the file (<c>attachment-N/NAME</c>, <c>item-N</c>; null for the file itself),
/// the id of the document it is attached to, and the format's metadata (<c>pages</c>, <c>pageStarts</c>, <c>from</c>,
/// <c>date</c>, <c>subject</c>, ...). Part of the content hash: the same text from another file or part is a new version.
/// </summary>
[GenerateSerializer, Immutable, Alias("EntityGraph.DocumentOriginInput.v1")]
public sealed record DocumentOriginInput(
    [property: Id(0)] string Path,
    [property: Id(1)] string Format,
    [property: Id(2)] string? Part = null,
    [property: Id(3)] string? ParentId = null,
    [property: Id(4)] IReadOnlyDictionary<string, string>? Metadata = null);
