using System.CommandLine;

namespace Stancewatch.Cli;

/// <summary>
/// Options shared by every command. Each call returns a new option instance, so that a command owns its own
/// and reads it with <c>parseResult.GetValue(option)</c>.
/// </summary>
public static class CommonOptions
{
    /// <summary>The default database file, relative to the working directory.</summary>
    public const string DefaultDatabase = "stancewatch.db";

    /// <summary><c>--db &lt;file&gt;</c>: the SQLite database (default ./stancewatch.db).</summary>
    public static Option<string> Database() => new("--db")
    {
        Description = "SQLite database file (created if missing, upgraded in place if older)",
        HelpName = "file",
        DefaultValueFactory = _ => DefaultDatabase,
    };
}
