using System.Runtime.CompilerServices;

namespace EntityGraph.Export;

/// <summary>The mentions of one entity in one document, in text order: one document-to-entity edge of an export.</summary>
public sealed record MentionGroup(string DocumentId, string EntityId, IReadOnlyList<MentionRecord> Mentions);

/// <summary>Turns the mention stream (document order) into one group per document and entity, holding one document at a time.</summary>
public static class MentionGroups
{
    public static async IAsyncEnumerable<MentionGroup> ReadAsync(IAsyncEnumerable<MentionRecord> mentions, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var document = new List<MentionRecord>();
        await foreach (var mention in mentions.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (document.Count > 0 && document[0].DocumentId != mention.DocumentId)
            {
                foreach (var group in Group(document))
                {
                    yield return group;
                }

                document.Clear();
            }

            document.Add(mention);
        }

        foreach (var group in Group(document))
        {
            yield return group;
        }
    }

    private static IEnumerable<MentionGroup> Group(List<MentionRecord> document) => document
        .GroupBy(mention => mention.LinkedEntityId, StringComparer.Ordinal)
        .OrderBy(group => group.Key, StringComparer.Ordinal)
        .Select(group => new MentionGroup(group.First().DocumentId, group.Key, group.ToList()))
        .ToList();
}
