namespace EntityGraph.Corpus;

/// <summary>Detects a sentence set's tag scheme and converts tags to IOB2.</summary>
public static class TagSchemeConverter
{
    /// <summary>BIOES when any E-/S- tag occurs; IOB1 when an I- tag starts a chunk and no B- follows O; else IOB2.</summary>
    public static TagScheme Detect(IEnumerable<IReadOnlyList<string>> tagSequences)
    {
        var iStartsChunk = false;
        foreach (var tags in tagSequences)
        {
            var previous = "O";
            foreach (var tag in tags)
            {
                if (tag.StartsWith("E-", StringComparison.Ordinal) || tag.StartsWith("S-", StringComparison.Ordinal))
                {
                    return TagScheme.Bioes;
                }

                if (tag.StartsWith("I-", StringComparison.Ordinal) && (previous == "O" || TypeOf(previous) != TypeOf(tag)))
                {
                    iStartsChunk = true;
                }

                previous = tag;
            }
        }

        return iStartsChunk ? TagScheme.Iob1 : TagScheme.Iob2;
    }

    public static string[] ToIob2(IReadOnlyList<string> tags, TagScheme scheme)
    {
        var result = new string[tags.Count];
        for (var i = 0; i < tags.Count; i++)
        {
            var tag = tags[i];
            var type = TypeOf(tag);
            result[i] = scheme switch
            {
                TagScheme.Bioes when tag.StartsWith("S-", StringComparison.Ordinal) || tag.StartsWith("B-", StringComparison.Ordinal) => "B-" + type,
                TagScheme.Bioes when tag.StartsWith("E-", StringComparison.Ordinal) || tag.StartsWith("I-", StringComparison.Ordinal) => "I-" + type,
                TagScheme.Iob1 when tag.StartsWith("I-", StringComparison.Ordinal) =>
                    i == 0 || TypeOf(tags[i - 1]) != type || tags[i - 1] == "O" ? "B-" + type : "I-" + type,
                _ => tag,
            };
        }

        return result;
    }

    public static string? TypeOf(string tag) => tag.Length > 2 && tag[1] == '-' ? tag[2..] : null;

    /// <summary>The entity types the tags mention (the gold types of a dev set).</summary>
    public static HashSet<string> TypesOf(IEnumerable<string> tags) => tags.Select(TypeOf).OfType<string>().ToHashSet(StringComparer.Ordinal);
}
