namespace EntityGraph.LanguageDetect.ProfileBuilder.Training;

/// <summary>
/// How profiles are trained. Primary models: n-grams kept per language and order, longest order, add-alpha
/// smoothing, weight of n-grams from likely names while counting. Refinement models (for sets of close languages):
/// n-grams kept per language and order, then logistic-regression passes over naive Bayes. With HashBits above zero,
/// primary models of several languages are hashed linear models instead (2^HashBits buckets, averaged SGD).
/// </summary>
internal sealed record TrainingSettings(
    int TopPerOrder,
    int MaxOrder,
    double Alpha,
    double NameWeight,
    double PriorWeight,
    IReadOnlyList<IReadOnlyList<string>> RefinementSets,
    int RefinementTopPerOrder,
    int Epochs,
    double LearningRate,
    double Regularization,
    int MaxSentencesPerLanguage,
    int HashBits,
    int HashEpochs,
    double HashLearningRate)
{
    /// <summary>Stored weights are log-probabilities times this, rounded to 16 bits.</summary>
    public const double Scale = 256;
}
