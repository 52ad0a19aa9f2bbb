namespace Stancewatch.Nlp.Models;

/// <summary>
/// A model directory could not be loaded: the message names the file, the field that was checked, the value the
/// code expected and the value it found (e.g. <c>models/tagger/weights.bin: format version: expected 1, found 2</c>).
/// </summary>
public sealed class ModelLoadException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ModelLoadException(string file, string field, string expected, string found, Exception? inner = null)
        : base($"{file}: {field}: expected {expected}, found {found}", inner)
    {
        File = file;
        Field = field;
        Expected = expected;
        Found = found;
    }

    /// <summary>The file that failed to load.</summary>
    public string File { get; }

    /// <summary>What was checked (format version, checksum, labels, ...).</summary>
    public string Field { get; }

    /// <summary>The value the loader expected.</summary>
    public string Expected { get; }

    /// <summary>The value the file holds.</summary>
    public string Found { get; }
}
