using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace EntityGraph.GraphApi.Execution;

/// <summary>The document executer: parallel queries, mutations one at a time through <see cref="MutationExecutionStrategy"/>.</summary>
internal static class EntityGraphDocumentExecuter
{
    public static IDocumentExecuter Create() =>
        new DocumentExecuter(
            new GraphQLDocumentBuilder(),
            new DocumentValidator(),
            new DefaultExecutionStrategySelector(
            [
                new ExecutionStrategyRegistration(ParallelExecutionStrategy.Instance, OperationType.Query),
                new ExecutionStrategyRegistration(new MutationExecutionStrategy(), OperationType.Mutation),
            ]),
            Array.Empty<IConfigureExecution>());
}
