using EntityGraph.Storage;
using GraphQL.Types;

namespace EntityGraph.GraphApi.Types;

public sealed class ReviewOrderType : EnumerationGraphType<ReviewOrder>
{
    public ReviewOrderType()
    {
        Name = "ReviewOrder";
        Description = "The order of the review queue.";
    }
}
