namespace EntityGraph.PiiCorpus.Languages;

/// <summary>A region whose phone numbers a language's documents use, and the number shapes drawn from.</summary>
/// <param name="Region">ISO 3166 region code as libphonenumber spells it (US, GB, DE, …).</param>
/// <param name="Patterns">Number shapes; a generated number is re-drawn until libphonenumber accepts it.</param>
internal sealed record PhoneRegion(string Region, IReadOnlyList<PhonePattern> Patterns);
