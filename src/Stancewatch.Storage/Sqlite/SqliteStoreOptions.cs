namespace Stancewatch.Storage.Sqlite;

/// <summary>How to open a SQLite store.</summary>
public sealed record SqliteStoreOptions
{
    /// <summary>The database file; ":memory:" for an in-memory database (tests).</summary>
    public required string Path { get; init; }

    /// <summary>Migrate only up to this version (tests of upgrades); null for the latest.</summary>
    public int? MigrateTo { get; init; }

    /// <summary>The clock for migration timestamps.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}
