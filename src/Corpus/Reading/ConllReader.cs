namespace EntityGraph.Corpus;

/// <summary>
/// Reads CoNLL-style column files: one token per line, the tag in the last column (tab or space separated),
/// blank lines between sentences, -DOCSTART- lines skipped. IOB1, IOB2 and BIOES are recognised and returned as IOB2.
/// </summary>
public static class ConllReader
{
    public static IReadOnlyList<LabeledSentence> ReadFile(string path)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
        return Read(reader, path);
    }

    public static IReadOnlyList<LabeledSentence> Read(TextReader reader, string sourceName)
    {
        var raw = new List<(List<string> Tokens, List<string> Tags, int Line)>();
        var tokens = new List<string>();
        var tags = new List<string>();
        var lineNumber = 0;
        var sentenceLine = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var trimmed = line.TrimEnd('\r');
            if (string.IsNullOrWhiteSpace(trimmed))
            {
                Flush();
                sentenceLine = lineNumber + 1;
                continue;
            }

            if (trimmed.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                continue;
            }

            var columns = trimmed.Contains('\t')
                ? trimmed.Split('\t')
                : trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (columns.Length < 2)
            {
                throw new CorpusFormatException(sourceName, lineNumber, $"expected 'token<TAB>tag', found '{Truncate(trimmed)}'");
            }

            var tag = columns[^1].Trim();
            if (!IsValidTag(tag))
            {
                throw new CorpusFormatException(sourceName, lineNumber, $"'{Truncate(tag)}' is not a tag (expected O, B-X, I-X, E-X or S-X)");
            }

            if (tokens.Count == 0)
            {
                sentenceLine = lineNumber;
            }

            tokens.Add(columns[0]);
            tags.Add(tag);
        }

        Flush();
        var scheme = TagSchemeConverter.Detect(raw.Select(r => (IReadOnlyList<string>)r.Tags));
        return raw.Select(r => new LabeledSentence(r.Tokens, TagSchemeConverter.ToIob2(r.Tags, scheme), sourceName, r.Line)).ToList();

        void Flush()
        {
            if (tokens.Count > 0)
            {
                raw.Add((tokens, tags, sentenceLine));
                tokens = new List<string>();
                tags = new List<string>();
            }
        }
    }

    private static bool IsValidTag(string tag) =>
        tag == "O" || (tag.Length > 2 && tag[1] == '-' && tag[0] is 'B' or 'I' or 'E' or 'S');

    private static string Truncate(string value) => value.Length <= 60 ? value : value[..60] + "…";
}
