using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace Stancewatch.Storage.Sqlite;

/// <summary>
/// Applies the numbered forward migrations (Sqlite/Migrations/NNNN_name.sql, embedded) that a database lacks,
/// each in its own transaction together with its row in <c>schema_version</c>. An older file is upgraded in
/// place; a file newer than this program is refused, never recreated.
/// </summary>
public sealed partial class SqliteMigrator
{
    private readonly IReadOnlyList<Migration> migrations;

    /// <summary>Creates the migrator over the embedded migrations.</summary>
    public SqliteMigrator()
    {
        Assembly assembly = typeof(SqliteMigrator).Assembly;
        migrations = assembly.GetManifestResourceNames()
            .Select(name => (name, match: NamePattern().Match(name)))
            .Where(x => x.match.Success)
            .Select(x => new Migration(
                int.Parse(x.match.Groups["n"].Value, CultureInfo.InvariantCulture),
                x.match.Groups["name"].Value,
                ReadResource(assembly, x.name)))
            .OrderBy(m => m.Version)
            .ToList();
        for (int i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException($"migrations must be numbered 1..n without gaps; found {migrations[i].Version} at position {i + 1}");
            }
        }
    }

    /// <summary>The newest schema version this program knows.</summary>
    public int LatestVersion => migrations.Count;

    /// <summary>The schema version of the database (0 for an empty one).</summary>
    public static int CurrentVersion(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using SqliteCommand exists = connection.CreateCommand();
        exists.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'";
        if (Convert.ToInt64(exists.ExecuteScalar(), CultureInfo.InvariantCulture) == 0)
        {
            return 0;
        }

        using SqliteCommand version = connection.CreateCommand();
        version.CommandText = "SELECT coalesce(max(version), 0) FROM schema_version";
        return Convert.ToInt32(version.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>Brings the database to <paramref name="targetVersion"/> (default: the latest); returns the version reached.</summary>
    /// <exception cref="StoreSchemaException">The database is newer than this program, or a migration failed.</exception>
    public int Migrate(SqliteConnection connection, DateTimeOffset now, int? targetVersion = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        int target = targetVersion ?? LatestVersion;
        ArgumentOutOfRangeException.ThrowIfGreaterThan(target, LatestVersion);
        using (SqliteCommand create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";
            create.ExecuteNonQuery();
        }

        int current = CurrentVersion(connection);
        if (current > LatestVersion)
        {
            throw new StoreSchemaException(
                $"the database has schema version {current}, newer than this program's {LatestVersion}; use a newer stancewatch");
        }

        foreach (Migration migration in migrations.Where(m => m.Version > current && m.Version <= target))
        {
            using SqliteTransaction tx = connection.BeginTransaction();
            try
            {
                using SqliteCommand apply = connection.CreateCommand();
                apply.Transaction = tx;
                apply.CommandText = migration.Sql;
                apply.ExecuteNonQuery();
                using SqliteCommand record = connection.CreateCommand();
                record.Transaction = tx;
                record.CommandText = "INSERT INTO schema_version (version, name, applied_at) VALUES ($v, $n, $t)";
                record.Parameters.AddWithValue("$v", migration.Version);
                record.Parameters.AddWithValue("$n", migration.Name);
                record.Parameters.AddWithValue("$t", now.ToString("O", CultureInfo.InvariantCulture));
                record.ExecuteNonQuery();
                tx.Commit();
            }
            catch (SqliteException ex)
            {
                throw new StoreSchemaException($"migration {migration.Version:D4}_{migration.Name} failed: {ex.Message}", ex);
            }

            current = migration.Version;
        }

        return current;
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using Stream stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex("(?<n>\\d{4})_(?<name>[a-z0-9_]+)\\.sql$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();

    private sealed record Migration(int Version, string Name, string Sql);
}
