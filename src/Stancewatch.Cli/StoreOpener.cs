using Stancewatch.Storage;
using Stancewatch.Storage.Sqlite;

namespace Stancewatch.Cli;

/// <summary>Opens the store named by --db for a command.</summary>
public static class StoreOpener
{
    /// <summary>Opens (creating if missing) the database for writing commands.</summary>
    public static IStore OpenForWriting(string path) =>
        SqliteStore.Open(new SqliteStoreOptions { Path = path });

    /// <summary>Opens an existing database for reading commands; null (after one problem line) when it does not exist.</summary>
    public static IStore? OpenExisting(string path, Terminal terminal)
    {
        ArgumentNullException.ThrowIfNull(terminal);
        if (!File.Exists(path))
        {
            terminal.Problem(path, Messages.NoDatabase(path));
            return null;
        }

        return SqliteStore.Open(new SqliteStoreOptions { Path = path });
    }
}
