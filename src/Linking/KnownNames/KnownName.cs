namespace EntityGraph.Linking.KnownNames;

/// <summary>
/// A concept with localized names (a country, territory, city, language or currency), as the alias table knows it.
/// <see cref="Key"/> is the normalized key every one of its names links to: the key of its English name.
/// </summary>
public sealed record KnownName(string ConceptId, string Type, string Key, string EnglishName);
