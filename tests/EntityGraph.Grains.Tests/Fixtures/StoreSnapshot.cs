using EntityGraph.Storage;

namespace EntityGraph.Grains.Tests.Fixtures;

/// <summary>Everything the store holds about one document and its entities, comparable by value.</summary>
public sealed record StoreSnapshot(
    DocumentRecord? Document,
    IReadOnlyList<MentionRecord> Mentions,
    IReadOnlyList<EntityRecord> Entities,
    GraphStatistics Statistics)
{
    public static async Task<StoreSnapshot> TakeAsync(IGraphStore store, string documentId)
    {
        var documents = await store.GetDocumentsAsync([documentId]);
        var mentions = await store.GetMentionsByDocumentAsync([documentId]);
        var list = mentions.TryGetValue(documentId, out var found) ? found : [];
        var entities = await store.GetEntitiesAsync(list.Select(m => m.LinkedEntityId).Distinct().ToList());
        return new StoreSnapshot(
            documents.GetValueOrDefault(documentId),
            list,
            entities.Values.OrderBy(e => e.Id, StringComparer.Ordinal).ToList(),
            await store.GetStatisticsAsync());
    }

    /// <summary>Field-by-field equality, with lists compared by content.</summary>
    public void AssertSameAs(StoreSnapshot other)
    {
        Assert.Equal(other.Statistics, Statistics);
        Assert.Equal(other.Mentions, Mentions);
        Assert.Equal(other.Entities, Entities);
        Assert.Equal(other.Document is null, Document is null);
        if (Document is not null && other.Document is not null)
        {
            var (expected, actual) = (other.Document, Document);
            Assert.Equal(
                (expected.Id, expected.Language, expected.LanguageConfidence, expected.Title, expected.Source, expected.ContentHash, expected.Text, expected.UsedFallbackModel, expected.UpdatedAt),
                (actual.Id, actual.Language, actual.LanguageConfidence, actual.Title, actual.Source, actual.ContentHash, actual.Text, actual.UsedFallbackModel, actual.UpdatedAt));
            Assert.Equal(expected.Tags, actual.Tags);
        }
    }
}
