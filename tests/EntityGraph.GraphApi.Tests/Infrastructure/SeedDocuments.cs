using System.Security.Cryptography;
using System.Text;
using EntityGraph.Storage;

namespace EntityGraph.GraphApi.Tests.Infrastructure;

/// <summary>Builds store writes for test documents, finding mention spans in the text.</summary>
public static class SeedDocuments
{
    public const string ModelId = "test-model";

    public static DocumentWrite Build(
        string id,
        string language,
        string? title,
        string text,
        IReadOnlyList<SeedMention> mentions,
        IReadOnlyList<TagRecord>? tags = null,
        string? source = null)
    {
        var writes = mentions.Select(mention =>
        {
            var start = FindOccurrence(text, mention.Surface, mention.Occurrence);
            return new MentionWrite(
                mention.Entity.Id,
                start,
                start + mention.Surface.Length,
                mention.Surface,
                mention.Entity.Type,
                mention.Confidence,
                ModelId,
                language);
        }).ToArray();
        var entities = mentions
            .Select(mention => mention.Entity)
            .Distinct()
            .Select(entity => new EntityWrite(entity.Id, entity.Type, entity.CanonicalName, entity.NormalizedKey))
            .ToArray();
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        return new DocumentWrite(id, language, 0.75, title, source, hash, text, false, entities, writes, tags ?? []);
    }

    private static int FindOccurrence(string text, string surface, int occurrence)
    {
        var index = -1;
        for (var i = 0; i < occurrence; i++)
        {
            index = text.IndexOf(surface, index + 1, StringComparison.Ordinal);
            if (index < 0)
            {
                throw new ArgumentException($"'{surface}' does not occur {occurrence} times in '{text}'.");
            }
        }

        return index;
    }
}
