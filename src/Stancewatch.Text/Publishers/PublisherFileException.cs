namespace Stancewatch.Text.Publishers;

/// <summary>The publishers file is malformed; the message names the file, line and field.</summary>
public sealed class PublisherFileException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PublisherFileException(string file, int line, string field, string reason)
        : base($"{file}:{line.ToString(System.Globalization.CultureInfo.InvariantCulture)}: {field}: {reason}")
    {
    }
}
