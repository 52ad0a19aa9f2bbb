using Stancewatch.Storage.Sqlite;

namespace Stancewatch.Storage.Tests.Sqlite;

/// <summary>The store contract on SQLite in memory (always runs).</summary>
public sealed class SqliteInMemoryStoreTests : StoreContractTests
{
    protected override Task<IStore> OpenAsync() => Task.FromResult<IStore>(SqliteStore.OpenInMemory());
}
