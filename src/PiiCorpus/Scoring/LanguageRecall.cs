namespace EntityGraph.PiiCorpus.Scoring;

/// <summary>Recall of one type within one language.</summary>
/// <param name="Language">Corpus language.</param>
/// <param name="Type">PII type.</param>
/// <param name="Gold">Gold entities.</param>
/// <param name="Found">Gold entities found.</param>
/// <param name="Recall">Found / Gold (0 when there is no gold entity).</param>
public sealed record LanguageRecall(string Language, string Type, int Gold, int Found, double Recall);
