using System.Globalization;
using System.Text;

namespace EntityGraph.Silo.Tests.Benchmarking;

/// <summary>Writes a small IOB2 benchmark corpus file of made-up sentences, twelve words each.</summary>
internal static class BenchCorpusFile
{
    public static void Write(string path, int sentences)
    {
        var text = new StringBuilder();
        for (var i = 0; i < sentences; i++)
        {
            var number = i.ToString(CultureInfo.InvariantCulture);
            foreach (var (token, tag) in new[]
            {
                ("Anna", "B-PER"), ("Schmidt", "I-PER"), (number, "O"), ("met", "O"), ("the", "O"), ("board", "O"),
                ("of", "O"), ("ACME", "B-ORG"), ("in", "O"), ("Berlin", "B-LOC"), ("on", "O"), ("Monday", "O"), (".", "O"),
            })
            {
                text.Append(token).Append('\t').Append(tag).Append('\n');
            }

            text.Append('\n');
        }

        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
    }
}
