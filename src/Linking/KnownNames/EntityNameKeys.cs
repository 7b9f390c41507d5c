using EntityGraph.Linking.Normalization;
using EntityGraph.Linking.Options;
using Microsoft.Extensions.Options;

namespace EntityGraph.Linking.KnownNames;

/// <summary>
/// The one function that turns (type, name) into the key entities are linked by: the normalized key
/// (<see cref="EntityKeyNormalizer"/>), replaced by the concept key when the name is a known name of that type.
/// Document linking, curation and alias import all use it, so a key means the same everywhere.
/// </summary>
public sealed class EntityNameKeys(KnownNameTable table, IOptions<LinkingOptions> options)
{
    /// <summary>
    /// The key of <paramref name="name"/> as an entity of <paramref name="type"/>; Key is empty when the name has no letters
    /// or digits. In a language that declines names (<paramref name="language"/>), a declined form of a known name counts too,
    /// and in one with a genitive s, the genitive of a known one-word name ("Österreichs").
    /// </summary>
    public NameKey For(string type, string name, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(name);
        var key = EntityKeyNormalizer.Normalize(type.Trim(), name, language);
        if (key.Length == 0 || !options.Value.UseKnownNames)
        {
            return new NameKey(key, null);
        }

        var concept = table.Find(type, key) ?? Inflection.Of(language) switch
        {
            InflectionKind.CaseEndings => table.FindDeclined(type, key),
            InflectionKind.GenitiveS when key.Length > 4 && key[^1] == 's' && !key.Contains(' ', StringComparison.Ordinal) => table.Find(type, key[..^1]),
            _ => null,
        };
        return concept is null ? new NameKey(key, null) : new NameKey(concept.Key, concept);
    }
}
