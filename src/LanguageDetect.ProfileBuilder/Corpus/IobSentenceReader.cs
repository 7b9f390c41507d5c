using System.Text;

namespace EntityGraph.LanguageDetect.ProfileBuilder.Corpus;

/// <summary>Reads sentences from a token-TAB-tag file (blank line between sentences) and joins their tokens into text.</summary>
internal static class IobSentenceReader
{
    public static IEnumerable<string> Read(string path, string tokenSeparator)
    {
        var tokens = new List<string>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            lineNumber++;
            if (line.Length == 0 || line.All(char.IsWhiteSpace))
            {
                if (tokens.Count > 0)
                {
                    yield return string.Join(tokenSeparator, tokens);
                    tokens.Clear();
                }

                continue;
            }

            var tab = line.IndexOf('\t');
            if (tab < 0)
            {
                throw new CorpusFormatException($"{path}:{lineNumber}: expected 'token<TAB>tag', got '{Shorten(line)}'.");
            }

            if (tab > 0)
            {
                tokens.Add(line[..tab]);
            }
        }

        if (tokens.Count > 0)
        {
            yield return string.Join(tokenSeparator, tokens);
        }
    }

    private static string Shorten(string line) => line.Length <= 60 ? line : line[..60] + "...";
}
