using Microsoft.Data.Sqlite;
using Stancewatch.Storage.Sqlite;

namespace Stancewatch.Storage.Tests.Sqlite;

public sealed class SqliteMigratorTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "stancewatch-migrate-" + Guid.NewGuid().ToString("N"));

    public SqliteMigratorTests() => Directory.CreateDirectory(folder);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Open_UpgradesAVersionOneFileInPlace_KeepingItsDocuments()
    {
        string path = Path.Combine(folder, "old.db");
        await using (SqliteStore old = SqliteStore.Open(new SqliteStoreOptions { Path = path, MigrateTo = 1 }))
        {
            Assert.Equal(1, old.SchemaVersion);
        }

        // A version-1 program wrote this row: no signature column, no bands, no results table yet.
        using (var c = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            c.Open();
            using SqliteCommand insert = c.CreateCommand();
            insert.CommandText = "INSERT INTO documents (id, origin, format, text, added_at) VALUES ('00000000000000aa', 'old.txt', 'text', 'Stored by version one.', '2022-03-01T00:00:00.0000000+00:00')";
            insert.ExecuteNonQuery();
            Assert.False(HasColumn(c, "documents", "signature"));
        }

        await using (SqliteStore upgraded = SqliteStore.Open(new SqliteStoreOptions { Path = path }))
        {
            Assert.Equal(new SqliteMigrator().LatestVersion, upgraded.SchemaVersion);
            StoredDocument? kept = await upgraded.GetDocumentAsync("00000000000000aa", Ct);
            Assert.Equal("Stored by version one.", kept!.Document.Text);
            await upgraded.ReplaceResultsAsync("00000000000000aa", [new StageResult("extraction", "1", "{}")], Ct);
            Assert.Single(await upgraded.GetResultsAsync("00000000000000aa", Ct));
        }

        using var check = new SqliteConnection($"Data Source={path};Pooling=False");
        check.Open();
        Assert.True(HasColumn(check, "documents", "signature"));
        Assert.Equal([1L, 2L, 3L], Versions(check));
    }

    [Fact]
    public void Open_ANewerDatabase_IsRefusedNotRecreated()
    {
        string path = Path.Combine(folder, "future.db");
        using (SqliteStore.Open(new SqliteStoreOptions { Path = path }).AsDisposable())
        {
        }

        using (var c = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            c.Open();
            using SqliteCommand cmd = c.CreateCommand();
            cmd.CommandText = "INSERT INTO schema_version (version, name, applied_at) VALUES (99, 'future', '2030-01-01')";
            cmd.ExecuteNonQuery();
        }

        var ex = Assert.Throws<StoreSchemaException>(() => SqliteStore.Open(new SqliteStoreOptions { Path = path }));
        Assert.Contains("schema version 99", ex.Message, StringComparison.Ordinal);
        using var again = new SqliteConnection($"Data Source={path};Pooling=False");
        again.Open();
        Assert.Contains(99L, Versions(again));
    }

    [Fact]
    public void Open_AFileThatIsNotADatabase_Fails()
    {
        string path = Path.Combine(folder, "notes.db");
        File.WriteAllText(path, "These are notes, not a database. They are long enough to fill the SQLite header area.............");
        Assert.ThrowsAny<SqliteException>(() => SqliteStore.Open(new SqliteStoreOptions { Path = path }));
        Assert.StartsWith("These are notes", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Open_AFile_UsesWal()
    {
        string path = Path.Combine(folder, "wal.db");
        using (SqliteStore.Open(new SqliteStoreOptions { Path = path }).AsDisposable())
        {
        }

        using var c = new SqliteConnection($"Data Source={path};Pooling=False");
        c.Open();
        using SqliteCommand cmd = c.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string)cmd.ExecuteScalar()!);
    }

    private static bool HasColumn(SqliteConnection c, string table, string column)
    {
        using SqliteCommand cmd = c.CreateCommand();
        cmd.CommandText = $"SELECT count(*) FROM pragma_table_info('{table}') WHERE name = '{column}'";
        return (long)cmd.ExecuteScalar()! > 0;
    }

    private static List<long> Versions(SqliteConnection c)
    {
        using SqliteCommand cmd = c.CreateCommand();
        cmd.CommandText = "SELECT version FROM schema_version ORDER BY version";
        using SqliteDataReader r = cmd.ExecuteReader();
        var list = new List<long>();
        while (r.Read())
        {
            list.Add(r.GetInt64(0));
        }

        return list;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
