namespace EntityGraph.PiiCorpus.Scoring;

/// <summary>The result of scoring predictions against a corpus.</summary>
/// <param name="Documents">Gold documents scored.</param>
/// <param name="Types">Scores per gold type, ordered by type name.</param>
/// <param name="Overall">Micro-averaged scores over all gold types (Type "ALL").</param>
/// <param name="PersonRecallByLanguage">PERSON recall per language, in corpus language order.</param>
/// <param name="UnscoredTypes">Predicted types absent from the gold data, ordered by type name.</param>
public sealed record PiiScoreReport(
    int Documents,
    IReadOnlyList<TypeScore> Types,
    TypeScore Overall,
    IReadOnlyList<LanguageRecall> PersonRecallByLanguage,
    IReadOnlyList<UnscoredType> UnscoredTypes);
