using System.Security.Cryptography;
using System.Text;
using EntityGraph.Text;

namespace EntityGraph.Storage.Tests.Support;

/// <summary>Builds a valid <see cref="DocumentWrite"/> by locating mention surfaces in the text.</summary>
internal sealed class DocumentBuilder(string id, string text, string language = "en")
{
    private readonly List<EntityWrite> _entities = [];
    private readonly List<MentionWrite> _mentions = [];
    private readonly List<TagRecord> _tags = [];
    private readonly List<RejectedMentionWrite> _rejected = [];
    private string? _domain;

    public static EntityWrite Entity(string id, string type, string canonicalName) =>
        new(id, type, canonicalName, NameFolding.Fold(canonicalName));

    /// <summary>Mentions <paramref name="entity"/> at the <paramref name="occurrence"/>-th place where <paramref name="surface"/> appears.</summary>
    public DocumentBuilder Mention(EntityWrite entity, string surface, int occurrence = 0, string? mentionLanguage = null) =>
        Routed(entity, surface, MentionStatus.Accepted, 0.9, occurrence, mentionLanguage);

    /// <summary>Mentions <paramref name="entity"/> with a status and confidence, as routed against an accept threshold of 0.95.</summary>
    public DocumentBuilder Routed(EntityWrite entity, string surface, string status, double confidence, int occurrence = 0, string? mentionLanguage = null)
    {
        var start = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            start = text.IndexOf(surface, start + 1, StringComparison.Ordinal);
            if (start < 0)
            {
                throw new ArgumentException($"'{surface}' occurs fewer than {occurrence + 1} times in '{text}'.");
            }
        }

        if (!_entities.Contains(entity))
        {
            _entities.Add(entity);
        }

        var threshold = status == MentionStatus.Accepted && confidence == 0.9 ? (double?)null : 0.95;
        _mentions.Add(new MentionWrite(entity.Id, start, start + surface.Length, surface, entity.Type, confidence, "test-model", mentionLanguage ?? language, status, threshold));
        return this;
    }

    /// <summary>A mention its confidence rejected: stored unlinked.</summary>
    public DocumentBuilder Rejected(string type, string surface, double confidence = 0.5)
    {
        var start = text.IndexOf(surface, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new ArgumentException($"'{surface}' does not occur in '{text}'.");
        }

        _rejected.Add(new RejectedMentionWrite(start, start + surface.Length, surface, type, confidence, "test-model", language, 0.95));
        return this;
    }

    /// <summary>Names the document's domain.</summary>
    public DocumentBuilder InDomain(string domain)
    {
        _domain = domain;
        return this;
    }

    /// <summary>Mentions <paramref name="entity"/> at every place where <paramref name="surface"/> appears.</summary>
    public DocumentBuilder MentionAll(EntityWrite entity, string surface)
    {
        var count = 0;
        for (var at = text.IndexOf(surface, StringComparison.Ordinal); at >= 0; at = text.IndexOf(surface, at + 1, StringComparison.Ordinal))
        {
            Mention(entity, surface, count++);
        }

        return this;
    }

    /// <summary>Declares an entity without mentioning it.</summary>
    public DocumentBuilder Declare(EntityWrite entity)
    {
        _entities.Add(entity);
        return this;
    }

    public DocumentBuilder Tag(string name, double score)
    {
        _tags.Add(new TagRecord(name, false, score));
        return this;
    }

    public DocumentWrite Build() => new(
        id,
        language,
        0.95,
        $"Title of {id}",
        "unit-test",
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))),
        text,
        false,
        _entities.ToArray(),
        _mentions.ToArray(),
        _tags.ToArray(),
        Rejected: _rejected.ToArray(),
        Domain: _domain);
}
