namespace EntityGraph.Storage;

/// <summary>
/// The rules of a review, once for every backend: which decisions exist, what each leaves of the mention, and what a
/// reviewer name, a type and a span may be. Every failure is INVALID_REVIEW (or NOT_FOUND, raised by the store).
/// </summary>
public static class ReviewRules
{
    /// <summary>The model id of a span a reviewer linked (an added or corrected mention).</summary>
    public const string ReviewerModelId = "review";

    /// <summary>Checks the parts of a review that do not need the stored document.</summary>
    public static void Validate(MentionReview review)
    {
        ArgumentNullException.ThrowIfNull(review);
        QueryArguments.RequireId(review.DocumentId, "The document id");
        RequireReviewer(review.Reviewer);
        switch (review.Action)
        {
            case ReviewActions.Add when review.MentionId is not null:
                throw Invalid("Adding a mention names no mention id.");
            case ReviewActions.Accept or ReviewActions.Reject or ReviewActions.Correct when review.MentionId is null:
                throw Invalid($"{review.Action} needs the id of the mention.");
            case ReviewActions.Accept or ReviewActions.Reject or ReviewActions.Correct or ReviewActions.Add:
                break;
            default:
                throw Invalid($"'{review.Action}' is not a review action (ACCEPT, REJECT, CORRECT, ADD).");
        }

        if (review.Action is ReviewActions.Correct or ReviewActions.Add)
        {
            RequireType(review.Type);
        }
    }

    /// <summary>Reviewer names are optional, at most <see cref="StorageLimits.MaxReviewerLength"/> characters.</summary>
    public static void RequireReviewer(string? reviewer)
    {
        if (reviewer is { Length: > StorageLimits.MaxReviewerLength })
        {
            throw Invalid($"The reviewer name must be at most {StorageLimits.MaxReviewerLength} characters (was {reviewer.Length}).");
        }
    }

    /// <summary>An entity type: 1 to <see cref="StorageLimits.MaxTypeLength"/> characters, no whitespace or control characters.</summary>
    public static void RequireType(string? type)
    {
        if (string.IsNullOrEmpty(type) || type.Length > StorageLimits.MaxTypeLength || type.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            throw Invalid($"The type '{type}' is not valid: use 1 to {StorageLimits.MaxTypeLength} characters without spaces.");
        }
    }

    /// <summary>
    /// The mention after the review: accept keeps span and type (and links a rejected mention to the review's entity),
    /// reject unlinks it, correct and add take the review's span and type. <paramref name="text"/> is the document's text.
    /// </summary>
    public static ReviewedMention After(MentionReview review, MentionRecord? before, string text, string documentLanguage)
    {
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(text);
        return review.Action switch
        {
            ReviewActions.Reject => From(before!, null, MentionStatus.Rejected),
            ReviewActions.Accept => From(before!, before!.EntityId ?? review.EntityId ?? throw Invalid($"Accepting rejected mention {before.Id} needs the entity it links to."), MentionStatus.Accepted),
            _ => Span(review, before, text, documentLanguage),
        };
    }

    private static ReviewedMention From(MentionRecord mention, string? entityId, string status) =>
        new(mention.Id, mention.DocumentId, entityId, mention.Start, mention.End, mention.Text, mention.Type, mention.Language, status);

    /// <summary>The text of a reviewed span: within the text, not only whitespace, not splitting a surrogate pair.</summary>
    public static string RequireSpan(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (start < 0 || end <= start || end > text.Length)
        {
            throw Invalid($"The span [{start},{end}) must satisfy 0 <= start < end <= {text.Length} (the document's length in UTF-16 code units).");
        }

        var surface = text[start..end];
        if (surface.Trim().Length == 0)
        {
            throw Invalid($"The span [{start},{end}) holds only whitespace.");
        }

        if (char.IsLowSurrogate(text[start]) || char.IsHighSurrogate(text[end - 1]))
        {
            throw Invalid($"The span [{start},{end}) splits a surrogate pair.");
        }

        return surface;
    }

    private static ReviewedMention Span(MentionReview review, MentionRecord? before, string text, string documentLanguage)
    {
        var surface = RequireSpan(text, review.Start, review.End);
        var entityId = review.EntityId ?? throw Invalid($"{review.Action} needs the entity the mention links to.");
        var status = review.Action == ReviewActions.Add ? MentionStatus.Added : MentionStatus.Corrected;
        return new ReviewedMention(before?.Id, review.DocumentId, entityId, review.Start, review.End, surface, review.Type, before?.Language ?? documentLanguage, status);
    }

    private static GraphStoreException Invalid(string message) => new(ErrorCodes.InvalidReview, message);
}
