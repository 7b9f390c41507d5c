namespace EntityGraph.LanguageDetect.ProfileBuilder.Corpus;

/// <summary>A corpus file or folder is not in the expected token-TAB-tag form.</summary>
internal sealed class CorpusFormatException(string message) : Exception(message);
