using System.Globalization;

namespace Stancewatch.Cli;

/// <summary>The wording of the CLI's messages, in one place so that tests can assert on it.</summary>
public static class Messages
{
    /// <summary>The database file does not exist for a command that only reads.</summary>
    public static string NoDatabase(string path) => $"no database at {path} (run 'stancewatch ingest' first, or pass --db)";

    /// <summary>No stored document has this id or id prefix.</summary>
    public static string NoSuchDocument(string id) => $"no document with id '{id}' (see 'stancewatch docs')";

    /// <summary>More than one stored document starts with this prefix.</summary>
    public static string AmbiguousId(string id, IEnumerable<string> matches) =>
        $"'{id}' matches several documents ({string.Join(", ", matches)}); give more of the id";

    /// <summary>--published is not a date.</summary>
    public static string BadDate(string value) => $"'{value}' is not a date (expected YYYY-MM-DD)";

    /// <summary>--max-size is not a size.</summary>
    public static string BadSize(string value) => $"'{value}' is not a size (e.g. 20MB, 500KB or a number of bytes)";

    /// <summary>Nothing at all could be read.</summary>
    public const string NothingRead = "nothing could be read";

    /// <summary>--strict and something failed.</summary>
    public static string StrictFailed(int failed) =>
        $"{failed.ToString(CultureInfo.InvariantCulture)} input(s) failed and --strict is set";

    /// <summary>A date marked as inferred from the text.</summary>
    public static string Date(DateOnly? date, bool inferred) =>
        date is not DateOnly d ? "—" : d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (inferred ? " (inferred)" : string.Empty);
}
