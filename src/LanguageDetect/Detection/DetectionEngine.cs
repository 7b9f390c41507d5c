using EntityGraph.LanguageDetect.NGrams;
using EntityGraph.LanguageDetect.Profiles;
using EntityGraph.LanguageDetect.Scripts;

namespace EntityGraph.LanguageDetect.Detection;

/// <summary>
/// Script fast path first, n-gram model only when a script is shared by several languages. Stateless apart
/// from the immutable profiles, so one instance serves all threads.
/// </summary>
internal sealed class DetectionEngine(LanguageProfileSet profiles, int maxAnalyzedChars)
{
    /// <summary>Kana at or above this share of the Han+Kana letters makes the text Japanese outright.</summary>
    public const double KanaShareForJapanese = 0.1;

    public DetectionResult Analyze(ReadOnlySpan<char> text)
    {
        if (text.Length > maxAnalyzedChars)
        {
            var cut = maxAnalyzedChars;
            if (char.IsHighSurrogate(text[cut - 1]))
            {
                cut--;
            }

            text = text[..cut];
        }

        var histogram = ScriptHistogram.Of(text);
        var letters = histogram.EffectiveLetters;
        var (script, share) = histogram.Dominant();
        if (script is WritingScript.None)
        {
            return DetectionResult.Undetermined(letters);
        }

        if (script is WritingScript.Han)
        {
            var cjk = histogram.Count(WritingScript.Han) + histogram.Kana;
            if (histogram.Kana >= KanaShareForJapanese * cjk)
            {
                return DetectionResult.Single("ja", share, letters);
            }
        }

        var model = profiles.ModelFor(script);
        if (model is not null)
        {
            return Score(model, text, share, letters);
        }

        var language = ScriptLanguages.For(script);
        return language is null ? DetectionResult.Undetermined(letters) : DetectionResult.Single(language, share, letters);
    }

    private DetectionResult Score(LanguageModel model, ReadOnlySpan<char> text, double share, int letters)
    {
        var languages = model.Languages.ToArray();
        if (languages.Length == 1)
        {
            return DetectionResult.Single(languages[0], share, letters);
        }

        var probabilities = model.Probabilities(text);
        if (probabilities is null)
        {
            return DetectionResult.Undetermined(letters);
        }

        var best = ArgMax(probabilities);
        if (profiles.RefinementFor(model, languages[best]) is { } refinement && refinement.Probabilities(text) is { } refined)
        {
            var members = refinement.Languages.Select(l => Array.IndexOf(languages, l)).ToArray();
            var mass = members.Where(i => i >= 0).Sum(i => probabilities[i]);
            for (var r = 0; r < members.Length; r++)
            {
                if (members[r] >= 0)
                {
                    probabilities[members[r]] = mass * refined[r];
                }
            }

            best = ArgMax(probabilities);
        }

        return new DetectionResult(languages[best], probabilities[best] * share, letters, languages, probabilities);
    }

    private static int ArgMax(double[] values)
    {
        var best = 0;
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i] > values[best])
            {
                best = i;
            }
        }

        return best;
    }
}
