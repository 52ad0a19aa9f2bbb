using Stancewatch.Storage.Sqlite;

namespace Stancewatch.Storage.Tests.Sqlite;

/// <summary>The store contract on a SQLite file in WAL mode.</summary>
public sealed class SqliteFileStoreTests : StoreContractTests, IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "stancewatch-store-" + Guid.NewGuid().ToString("N"));

    protected override Task<IStore> OpenAsync()
    {
        Directory.CreateDirectory(folder);
        return Task.FromResult<IStore>(SqliteStore.Open(new SqliteStoreOptions { Path = Path.Combine(folder, Guid.NewGuid().ToString("N") + ".db") }));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
