using System.Text;
using EntityGraph.Recognizers;

namespace EntityGraph.Redaction.Tests.Leaks;

/// <summary>
/// A random text with random detections: whole words, random ranges (splitting surrogate pairs), spans overlapping,
/// containing or touching earlier ones, and detected words repeated elsewhere (sometimes in upper case) as words of
/// their own. The letters are non-ASCII (Latin-1, Greek, Cyrillic, CJK, emoji), so no operator output (ASCII) can
/// contain them.
/// </summary>
internal sealed record RandomDocument(string Text, IReadOnlyList<Detection> Detections)
{
    private static readonly string[] Types = ["PERSON", "LOCATION", "EMAIL", "ID"];
    private static readonly string[] Separators = [" ", " ", " ", ", ", ". ", "\n", "\t", "; ", "! "];
    private static readonly string[] Letters = BuildLetters();

    public static RandomDocument Create(Random random)
    {
        var words = new List<string>();
        var wordCount = random.Next(3, 40);
        for (var i = 0; i < wordCount; i++)
        {
            var length = random.Next(1, 9);
            words.Add(string.Concat(Enumerable.Range(0, length).Select(_ => Letters[random.Next(Letters.Length)])));
        }

        var repeated = new List<string>();
        for (var i = 0; i < random.Next(0, 3) && words.Count > 1; i++)
        {
            var word = words[random.Next(words.Count)];
            var copy = random.Next(2) == 0 ? word : word.ToUpperInvariant();
            words.Insert(random.Next(words.Count + 1), copy);
            repeated.Add(word);
        }

        var text = new StringBuilder();
        var wordSpans = new List<(int Start, int End)>();
        foreach (var word in words)
        {
            if (text.Length > 0 || random.Next(4) == 0)
            {
                text.Append(Separators[random.Next(Separators.Length)]);
            }

            wordSpans.Add((text.Length, text.Length + word.Length));
            text.Append(word);
        }

        if (random.Next(3) == 0)
        {
            text.Append(Separators[random.Next(Separators.Length)]);
        }

        var value = text.ToString();
        var detections = new List<Detection>();
        foreach (var word in repeated)
        {
            var index = value.IndexOf(word, StringComparison.Ordinal);
            detections.Add(Detect(random, index, index + word.Length));
        }

        for (var i = random.Next(1, 10); i > 0; i--)
        {
            detections.Add(NextSpan(random, value.Length, wordSpans, detections));
        }

        return new RandomDocument(value, detections);
    }

    private static Detection NextSpan(Random random, int length, List<(int Start, int End)> words, List<Detection> earlier)
    {
        switch (random.Next(5))
        {
            case 0:
                var word = words[random.Next(words.Count)];
                return Detect(random, word.Start, word.End);
            case 1 when earlier.Count > 0:
                // Overlapping or containing an earlier span.
                var other = earlier[random.Next(earlier.Count)];
                var start = Math.Max(0, other.Start - random.Next(0, 4));
                var end = Math.Min(length, other.Start + random.Next(1, other.Length + 4));
                return Detect(random, start, Math.Max(end, start + 1));
            case 2 when earlier.Count > 0:
                // Touching an earlier span on either side.
                var neighbour = earlier[random.Next(earlier.Count)];
                if (neighbour.End < length && random.Next(2) == 0)
                {
                    return Detect(random, neighbour.End, Math.Min(length, neighbour.End + random.Next(1, 8)));
                }

                return neighbour.Start > 0
                    ? Detect(random, Math.Max(0, neighbour.Start - random.Next(1, 8)), neighbour.Start)
                    : Detect(random, 0, neighbour.End);
            default:
                var from = random.Next(length);
                return Detect(random, from, Math.Min(length, from + random.Next(1, 14)));
        }
    }

    private static Detection Detect(Random random, int start, int end) =>
        new(start, end, Types[random.Next(Types.Length)], Math.Round(random.NextDouble(), 2), "random");

    private static string[] BuildLetters()
    {
        var letters = new List<string>();
        void AddRange(int first, int last)
        {
            for (var c = first; c <= last; c++)
            {
                letters.Add(char.ConvertFromUtf32(c));
            }
        }

        AddRange(0x00C0, 0x00D6);
        AddRange(0x00D8, 0x00F6);
        AddRange(0x00F8, 0x00FE);
        AddRange(0x0391, 0x03A1);
        AddRange(0x03A3, 0x03A9);
        AddRange(0x03B1, 0x03C9);
        AddRange(0x0410, 0x044F);
        AddRange(0x4E00, 0x4EFF);
        AddRange(0x1F600, 0x1F64F);
        return [.. letters];
    }
}
