namespace EntityGraph.LanguageDetect.Detection;

/// <summary>The full result of analysing one text: the winner plus the probability of every candidate.</summary>
internal sealed class DetectionResult
{
    private readonly string[] _languages;
    private readonly double[] _probabilities;

    public DetectionResult(string language, double confidence, int effectiveLetters, string[] languages, double[] probabilities)
    {
        Language = language;
        Confidence = confidence;
        EffectiveLetters = effectiveLetters;
        _languages = languages;
        _probabilities = probabilities;
    }

    public static DetectionResult Undetermined(int effectiveLetters) =>
        new(LanguageGuess.Undetermined, 0, effectiveLetters, [], []);

    public static DetectionResult Single(string language, double share, int effectiveLetters) =>
        new(language, share, effectiveLetters, [language], [share]);

    public string Language { get; }

    /// <summary>Probability of <see cref="Language"/> times the share of letters in the script that decided it.</summary>
    public double Confidence { get; }

    /// <summary>Letters counted with ideographs and Hangul blocks weighted up (see ScriptHistogram).</summary>
    public int EffectiveLetters { get; }

    public bool IsUndetermined => Language == LanguageGuess.Undetermined;

    public double ProbabilityOf(string language)
    {
        var index = Array.IndexOf(_languages, language);
        return index < 0 ? 0 : _probabilities[index];
    }
}
