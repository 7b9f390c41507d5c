namespace EntityGraph.Export.Feedback;

/// <summary>A reviewed document as training data: its text and its linked mentions as reviewed (UTF-16 offsets).</summary>
public sealed record FeedbackDocument(string Id, string Language, string? Domain, string Text, IReadOnlyList<FeedbackEntity> Entities)
{
    public static FeedbackDocument From(ReviewedDocumentRecord reviewed)
    {
        ArgumentNullException.ThrowIfNull(reviewed);
        var document = reviewed.Document;
        var entities = reviewed.Mentions
            .Select(m => new FeedbackEntity(m.Start, m.End, m.Type))
            .Distinct()
            .OrderBy(e => e.Start).ThenBy(e => e.End)
            .ToList();
        return new FeedbackDocument(document.Id, document.Language, document.Domain, document.Text, entities);
    }
}

/// <summary>One entity span of a feedback document.</summary>
public sealed record FeedbackEntity(int Start, int End, string Type);
