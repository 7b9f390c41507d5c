namespace EntityGraph.LanguageDetect.NGrams;

/// <summary>One n-gram occurrence: its place in the normalized text and its hash.</summary>
internal readonly record struct NGram(int Start, int Length, ulong Hash);
