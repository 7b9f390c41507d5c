using System.Text;

namespace EntityGraph.LanguageDetect.Scripts;

/// <summary>Letter counts per script for one piece of text.</summary>
internal sealed class ScriptHistogram
{
    /// <summary>How many Latin letters one Han, Kana or Hangul character weighs when scripts compete.</summary>
    public const int IdeographWeight = 3;

    private readonly int[] _counts = new int[Enum.GetValues<WritingScript>().Length];

    public int Letters { get; private set; }

    public int Count(WritingScript script) => _counts[(int)script];

    public int Kana => Count(WritingScript.Hiragana) + Count(WritingScript.Katakana);

    public static ScriptHistogram Of(ReadOnlySpan<char> text)
    {
        var histogram = new ScriptHistogram();
        foreach (var rune in text.EnumerateRunes())
        {
            var script = ScriptClassifier.Classify(rune);
            if (script != WritingScript.None)
            {
                histogram._counts[(int)script]++;
                histogram.Letters++;
            }
        }

        return histogram;
    }

    /// <summary>Letters weighted so that one ideograph or syllable block counts like a short word's worth of alphabetic letters.</summary>
    public int EffectiveLetters
    {
        get
        {
            var blocks = Count(WritingScript.Han) + Kana + Count(WritingScript.Hangul);
            return Letters - blocks + blocks * IdeographWeight;
        }
    }

    /// <summary>The script family with the greatest weighted share (Han, Hiragana and Katakana count as one family, reported as Han).</summary>
    public (WritingScript Script, double Share) Dominant()
    {
        var total = EffectiveLetters;
        if (total == 0)
        {
            return (WritingScript.None, 0);
        }

        var best = WritingScript.None;
        var bestWeight = 0;
        foreach (var script in Enum.GetValues<WritingScript>())
        {
            if (script is WritingScript.None or WritingScript.Hiragana or WritingScript.Katakana)
            {
                continue;
            }

            var weight = WeightOf(script);
            if (weight > bestWeight)
            {
                best = script;
                bestWeight = weight;
            }
        }

        return (best, (double)bestWeight / total);
    }

    private int WeightOf(WritingScript script) => script switch
    {
        WritingScript.Han => (Count(WritingScript.Han) + Kana) * IdeographWeight,
        WritingScript.Hangul => Count(script) * IdeographWeight,
        _ => Count(script),
    };
}
