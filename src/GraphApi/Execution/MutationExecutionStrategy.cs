using GraphQL.Execution;

namespace EntityGraph.GraphApi.Execution;

/// <summary>
/// Runs the mutation fields of a request one after another and finishes each one's selection, deferred loads included,
/// before the next mutation starts, so every mutation's result shows the store as that mutation left it.
/// </summary>
internal sealed class MutationExecutionStrategy : SerialExecutionStrategy
{
    public override async Task ExecuteNodeTreeAsync(GraphQL.Execution.ExecutionContext context, ExecutionNode rootNode)
    {
        if (rootNode is RootExecutionNode { SubFields: { } mutations })
        {
            foreach (var mutation in mutations)
            {
                await base.ExecuteNodeTreeAsync(context, mutation).ConfigureAwait(false);
            }

            return;
        }

        await base.ExecuteNodeTreeAsync(context, rootNode).ConfigureAwait(false);
    }
}
