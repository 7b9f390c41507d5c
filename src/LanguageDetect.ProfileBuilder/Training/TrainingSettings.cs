namespace EntityGraph.LanguageDetect.ProfileBuilder.Training;

/// <summary>How profiles are trained: n-grams kept per language and order, longest order, add-alpha smoothing.</summary>
internal sealed record TrainingSettings(int TopPerOrder, int MaxOrder, double Alpha)
{
    /// <summary>Stored weights are log-probabilities times this, rounded to 16 bits.</summary>
    public const double Scale = 256;
}
