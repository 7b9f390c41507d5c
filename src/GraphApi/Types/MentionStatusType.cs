using EntityGraph.Storage;
using GraphQL.Types;

namespace EntityGraph.GraphApi.Types;

/// <summary>The GraphQL enum of <see cref="MentionStatus"/>; values are the stored names.</summary>
public sealed class MentionStatusType : EnumerationGraphType
{
    public MentionStatusType()
    {
        Name = "MentionStatus";
        Description = "Where a mention stands: routed by calibrated confidence (ACCEPTED, IN_REVIEW, REJECTED), then by a reviewer (ACCEPTED, REJECTED, CORRECTED, ADDED).";
        Add(MentionStatus.Accepted, MentionStatus.Accepted, "Processed automatically (confidence at or above the accept threshold) or accepted by a reviewer.");
        Add(MentionStatus.InReview, MentionStatus.InReview, "Waiting for a reviewer; linked and counted in the graph until rejected.");
        Add(MentionStatus.Rejected, MentionStatus.Rejected, "Below the reject threshold or rejected by a reviewer; kept for audit, not linked.");
        Add(MentionStatus.Corrected, MentionStatus.Corrected, "A reviewer changed its type or span.");
        Add(MentionStatus.Added, MentionStatus.Added, "A reviewer added a span the model missed.");
    }
}
