namespace EntityGraph.LanguageDetect.ProfileBuilder.Corpus;

/// <summary>One language's sentences: those profiles are trained on and those accuracy is measured on.</summary>
internal sealed record LanguageCorpus(string Language, IReadOnlyList<string> Train, IReadOnlyList<string> Evaluation, string EvaluationSource);
