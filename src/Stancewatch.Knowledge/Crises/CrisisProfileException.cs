namespace Stancewatch.Knowledge.Crises;

/// <summary>A crisis profile or lexicon file that cannot be read; the message names file, line and field.</summary>
public sealed class CrisisProfileException : Exception
{
    public CrisisProfileException(string file, int line, string field, string reason)
        : base($"{file}:{line}: {field}: {reason}")
    {
        File = file;
        Line = line;
        Field = field;
    }

    public CrisisProfileException()
    {
        File = Field = "";
    }

    public CrisisProfileException(string message)
        : base(message)
    {
        File = Field = "";
    }

    public CrisisProfileException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = Field = "";
    }

    public string File { get; }
    public int Line { get; }
    public string Field { get; }
}
