namespace Stancewatch.Extraction.Lexicons;

/// <summary>A lexicon file is malformed; the message names the file, the line and the field.</summary>
public sealed class LexiconFormatException : Exception
{
    public LexiconFormatException()
    {
    }

    public LexiconFormatException(string message)
        : base(message)
    {
    }

    public LexiconFormatException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>Builds the message "file:line: field 'name': reason".</summary>
    public static LexiconFormatException At(string file, int line, string field, string reason) =>
        new($"{file}:{line.ToString(System.Globalization.CultureInfo.InvariantCulture)}: field '{field}': {reason}");
}
