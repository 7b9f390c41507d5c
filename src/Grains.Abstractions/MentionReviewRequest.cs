namespace EntityGraph.Grains;

/// <summary>
/// A reviewer's decision on a mention: <see cref="Action"/> is ACCEPT, REJECT, CORRECT or ADD (see
/// <c>ReviewActions</c>). CORRECT takes any of <see cref="Type"/>, <see cref="Start"/> and <see cref="End"/> (the rest stay
/// as they were); ADD needs all three and no <see cref="MentionId"/>. Offsets are UTF-16 code units of the document's
/// text. <see cref="Reviewer"/> is recorded with the decision.
/// </summary>
[GenerateSerializer, Immutable, Alias("EntityGraph.MentionReviewRequest.v1")]
public sealed record MentionReviewRequest(
    [property: Id(0)] string Action,
    [property: Id(1)] long? MentionId,
    [property: Id(2)] string? Type = null,
    [property: Id(3)] int? Start = null,
    [property: Id(4)] int? End = null,
    [property: Id(5)] string? Reviewer = null);
