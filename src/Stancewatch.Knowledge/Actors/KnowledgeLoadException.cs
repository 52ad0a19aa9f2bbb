namespace Stancewatch.Knowledge.Actors;

/// <summary>A knowledge-base file could not be read: names the file, line and field.</summary>
public sealed class KnowledgeLoadException : Exception
{
    public KnowledgeLoadException() { }

    public KnowledgeLoadException(string message) : base(message) { }

    public KnowledgeLoadException(string message, Exception inner) : base(message, inner) { }

    public KnowledgeLoadException(string file, int line, string field, string reason)
        : base($"{file}:{line}: field '{field}': {reason}")
    {
        File = file;
        Line = line;
        Field = field;
    }

    public string? File { get; }
    public int Line { get; }
    public string? Field { get; }
}
