using EntityGraph.Storage.Tests.Conformance;
using EntityGraph.Storage.Tests.Support;

namespace EntityGraph.Storage.Tests.Sqlite;

public sealed class SqliteGroupCommitTests : GroupCommitConformance
{
    protected override StoreBackend Backend => SqliteStores.Instance;
}
