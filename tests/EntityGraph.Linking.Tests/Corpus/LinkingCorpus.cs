using System.Text.Json;

namespace EntityGraph.Linking.Tests.Corpus;

/// <summary>
/// Reads Corpus/linking-corpus.jsonl: one document per line, {"id","language","text","mentions":[{"start","end","text","type","entity"}]},
/// offsets in UTF-16 code units. Every span is checked against its text, so a wrong annotation fails loudly.
/// </summary>
public static class LinkingCorpus
{
    public const string FileName = "linking-corpus.jsonl";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<CorpusDocument> Load(string? path = null)
    {
        path ??= Path.Combine(AppContext.BaseDirectory, "Corpus", FileName);
        var documents = new List<CorpusDocument>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var document = JsonSerializer.Deserialize<CorpusDocument>(line, Json) ?? throw new InvalidDataException($"{path}:{number}: empty document.");
            foreach (var mention in document.Mentions)
            {
                if (mention.Start < 0 || mention.End > document.Text.Length || mention.Start >= mention.End || document.Text[mention.Start..mention.End] != mention.Text)
                {
                    throw new InvalidDataException($"{path}:{number}: mention '{mention.Text}' [{mention.Start},{mention.End}) does not match the text.");
                }
            }

            documents.Add(document);
        }

        return documents;
    }
}
