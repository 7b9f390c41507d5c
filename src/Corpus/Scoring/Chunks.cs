namespace EntityGraph.Corpus;

/// <summary>Chunk extraction with conlleval semantics: an I- tag after O or after another type starts a new chunk.</summary>
public static class Chunks
{
    public static List<Chunk> Extract(IReadOnlyList<string> tags)
    {
        var chunks = new List<Chunk>();
        var start = -1;
        string? type = null;
        for (var i = 0; i <= tags.Count; i++)
        {
            var tag = i < tags.Count ? tags[i] : "O";
            var prefix = tag.Length > 0 ? tag[0] : 'O';
            var tagType = TagSchemeConverter.TypeOf(tag);
            var continues = type is not null && prefix is 'I' or 'E' && tagType == type;
            if (type is not null && !continues)
            {
                chunks.Add(new Chunk(start, i, type));
                type = null;
            }

            if (type is null && tagType is not null && prefix != 'O')
            {
                start = i;
                type = tagType;
            }

            if (prefix is 'E' or 'S' && type is not null)
            {
                chunks.Add(new Chunk(start, i + 1, type));
                type = null;
            }
        }

        return chunks;
    }
}
