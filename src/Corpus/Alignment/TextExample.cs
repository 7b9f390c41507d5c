namespace EntityGraph.Corpus;

/// <summary>
/// A training or evaluation example as the pipeline sees it: raw text and entity spans in it.
/// <see cref="TokenOffsets"/> is set when the text was built from corpus tokens, so predictions can be mapped back onto them.
/// </summary>
public sealed record TextExample(
    string Text,
    IReadOnlyList<EntitySpan> Entities,
    string Source,
    int Line,
    IReadOnlyList<(int Start, int End)>? TokenOffsets = null,
    IReadOnlyList<string>? TokenTags = null);
