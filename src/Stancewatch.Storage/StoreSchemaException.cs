namespace Stancewatch.Storage;

/// <summary>The database's schema cannot be used (newer than this program, or a migration failed).</summary>
public sealed class StoreSchemaException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StoreSchemaException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
