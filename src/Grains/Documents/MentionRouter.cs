using EntityGraph.Ner.Calibration;
using EntityGraph.Storage;

namespace EntityGraph.Grains.Documents;

/// <summary>
/// Gives each extracted mention its status from its calibrated confidence and the thresholds of its language and type
/// (<see cref="ReviewOptions"/>): at or above the accept threshold ACCEPTED, below the reject threshold REJECTED, in
/// between IN_REVIEW. Annotated mentions (from the caller's own recognizer) are routed by the confidence they carry; without
/// one they carry 1.0 and are accepted.
/// </summary>
internal static class MentionRouter
{
    public static ExtractionResult Route(ExtractionResult extraction, ReviewOptions options)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        ArgumentNullException.ThrowIfNull(options);
        var routed = extraction.Entities.Select(entity =>
        {
            var thresholds = options.For(entity.Language, entity.Type);
            var status = entity.Confidence >= thresholds.Accept ? MentionStatus.Accepted
                : entity.Confidence < thresholds.Reject ? MentionStatus.Rejected
                : MentionStatus.InReview;
            return entity with { Status = status, AcceptThreshold = thresholds.Accept };
        }).ToList();
        return extraction with { Entities = routed };
    }
}
