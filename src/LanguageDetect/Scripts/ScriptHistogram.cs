using System.Text;

namespace EntityGraph.LanguageDetect.Scripts;

/// <summary>Letter counts per script for one piece of text, with letters of likely names counted apart.</summary>
internal sealed class ScriptHistogram
{
    /// <summary>How many alphabetic letters one Han, Kana or Hangul character weighs when scripts compete.</summary>
    public const int IdeographWeight = 2;

    /// <summary>How much a letter of a capitalized word (not the first word) counts when scripts compete.</summary>
    public const double NameWeight = 0.25;

    /// <summary>Above this share of capitalized words, capitals say nothing about names.</summary>
    public const double TitleCaseShare = 0.7;

    private static readonly int ScriptCount = Enum.GetValues<WritingScript>().Length;

    private readonly int[] _counts = new int[ScriptCount];
    private readonly int[] _named = new int[ScriptCount];
    private int _words;
    private int _capitalizedWords;

    public int Letters { get; private set; }

    public int Count(WritingScript script) => _counts[(int)script];

    public int Kana => Count(WritingScript.Hiragana) + Count(WritingScript.Katakana);

    public static ScriptHistogram Of(ReadOnlySpan<char> text)
    {
        var histogram = new ScriptHistogram();
        var inWord = false;
        var capitalized = false;
        foreach (var rune in text.EnumerateRunes())
        {
            var script = ScriptClassifier.Classify(rune);
            if (script == WritingScript.None)
            {
                inWord = false;
                continue;
            }

            if (!inWord)
            {
                inWord = true;
                histogram._words++;
                capitalized = Rune.IsUpper(rune);
                histogram._capitalizedWords += capitalized ? 1 : 0;
            }

            histogram._counts[(int)script]++;
            if (capitalized && histogram._words > 1)
            {
                histogram._named[(int)script]++;
            }

            histogram.Letters++;
        }

        return histogram;
    }

    /// <summary>Letters, with ideographs and Hangul blocks weighted (see <see cref="IdeographWeight"/>).</summary>
    public int EffectiveLetters
    {
        get
        {
            var blocks = Count(WritingScript.Han) + Kana + Count(WritingScript.Hangul);
            return Letters - blocks + blocks * IdeographWeight;
        }
    }

    /// <summary>
    /// The script family with the greatest weighted share (Han, Hiragana and Katakana count as one family,
    /// reported as Han); letters of likely names count less, so a Russian sentence quoting an English title stays Cyrillic.
    /// </summary>
    public (WritingScript Script, double Share) Dominant()
    {
        if (Letters == 0)
        {
            return (WritingScript.None, 0);
        }

        var discountNames = _capitalizedWords <= TitleCaseShare * _words;
        var best = WritingScript.None;
        var bestWeight = 0.0;
        var total = 0.0;
        foreach (var script in Enum.GetValues<WritingScript>())
        {
            if (script is WritingScript.None or WritingScript.Hiragana or WritingScript.Katakana)
            {
                continue;
            }

            var weight = WeightOf(script, discountNames);
            total += weight;
            if (weight > bestWeight)
            {
                best = script;
                bestWeight = weight;
            }
        }

        return (best, bestWeight / total);
    }

    private double WeightOf(WritingScript script, bool discountNames)
    {
        double Letters(WritingScript s) =>
            discountNames ? _counts[(int)s] - _named[(int)s] * (1 - NameWeight) : _counts[(int)s];

        return script switch
        {
            WritingScript.Han => (Letters(WritingScript.Han) + Letters(WritingScript.Hiragana) + Letters(WritingScript.Katakana)) * IdeographWeight,
            WritingScript.Hangul => Letters(script) * IdeographWeight,
            _ => Letters(script),
        };
    }
}
