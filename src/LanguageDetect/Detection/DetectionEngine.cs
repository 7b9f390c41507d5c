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

    /// <summary>
    /// The length-normalized score difference is multiplied by min(matched n-grams, this) before the softmax, so
    /// that confidence grows with the evidence up to a sentence's worth and then depends on the margin alone.
    /// </summary>
    public const int EvidenceCap = 60;

    public LanguageProfileSet Profiles => profiles;

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

    private static DetectionResult Score(NGramModel model, ReadOnlySpan<char> text, double share, int letters)
    {
        var languages = model.Languages.ToArray();
        if (languages.Length == 1)
        {
            return DetectionResult.Single(languages[0], share, letters);
        }

        var (logLikelihoods, matched) = model.Score(text);
        if (matched == 0)
        {
            return DetectionResult.Undetermined(letters);
        }

        var evidence = Math.Min(matched, EvidenceCap) / (double)matched;
        var max = double.NegativeInfinity;
        for (var l = 0; l < languages.Length; l++)
        {
            logLikelihoods[l] *= evidence;
            max = Math.Max(max, logLikelihoods[l]);
        }

        var probabilities = new double[languages.Length];
        var total = 0.0;
        for (var l = 0; l < languages.Length; l++)
        {
            probabilities[l] = Math.Exp(logLikelihoods[l] - max);
            total += probabilities[l];
        }

        var best = 0;
        for (var l = 0; l < languages.Length; l++)
        {
            probabilities[l] /= total;
            if (probabilities[l] > probabilities[best])
            {
                best = l;
            }
        }

        return new DetectionResult(languages[best], probabilities[best] * share, letters, languages, probabilities);
    }
}
