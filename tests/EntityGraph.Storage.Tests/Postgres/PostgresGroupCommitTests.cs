using EntityGraph.Storage.Tests.Conformance;
using EntityGraph.Storage.Tests.Support;

namespace EntityGraph.Storage.Tests.Postgres;

public sealed class PostgresGroupCommitTests : GroupCommitConformance
{
    protected override StoreBackend Backend => PostgresStores.Instance;
}
