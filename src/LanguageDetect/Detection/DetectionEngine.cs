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
    public const int EvidenceCap = 20;

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

    /// <summary>Softmax inputs: mean scores scaled by the evidence (capped at <see cref="EvidenceCap"/> n-grams) plus log-priors.</summary>
    public static double[] Logits(double[] meanScores, double matched, IReadOnlyList<double> logPriors)
    {
        var evidence = Math.Min(matched, EvidenceCap);
        var logits = new double[meanScores.Length];
        for (var l = 0; l < logits.Length; l++)
        {
            logits[l] = meanScores[l] * evidence + logPriors[l];
        }

        return logits;
    }

    private DetectionResult Score(NGramModel model, ReadOnlySpan<char> text, double share, int letters)
    {
        var languages = model.Languages.ToArray();
        if (languages.Length == 1)
        {
            return DetectionResult.Single(languages[0], share, letters);
        }

        var probabilities = Probabilities(model, text);
        if (probabilities is null)
        {
            return DetectionResult.Undetermined(letters);
        }

        var best = ArgMax(probabilities);
        if (profiles.RefinementFor(model, languages[best]) is { } refinement && Probabilities(refinement, text) is { } refined)
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

    private static double[]? Probabilities(NGramModel model, ReadOnlySpan<char> text)
    {
        var (scores, matched) = model.Score(text);
        if (matched <= 0)
        {
            return null;
        }

        var logits = Logits(scores, matched, model.LogPriors);
        var max = logits.Max();
        var probabilities = new double[logits.Length];
        var total = 0.0;
        for (var l = 0; l < logits.Length; l++)
        {
            probabilities[l] = Math.Exp(logits[l] - max);
            total += probabilities[l];
        }

        for (var l = 0; l < logits.Length; l++)
        {
            probabilities[l] /= total;
        }

        return probabilities;
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
