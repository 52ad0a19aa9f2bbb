namespace Stancewatch.Text.Reading;

/// <summary>
/// Bad input: the message names the input, where in it (line, when known) and why, e.g.
/// <c>dev/017.md:3: front matter has no 'published'</c>. The run reports it and goes on.
/// </summary>
public sealed class InputException : Exception
{
    /// <summary>Creates the exception for <paramref name="input"/> (a path or URL) and an optional 1-based line.</summary>
    public InputException(string input, string reason, int? line = null, Exception? inner = null)
        : base(Format(input, line, reason), inner)
    {
        Input = input;
        Line = line;
        Reason = reason;
    }

    /// <summary>The path or URL.</summary>
    public string Input { get; }

    /// <summary>1-based line in the input, when known.</summary>
    public int? Line { get; }

    /// <summary>Why it could not be read.</summary>
    public string Reason { get; }

    private static string Format(string input, int? line, string reason) =>
        line is int l ? $"{input}:{l.ToString(System.Globalization.CultureInfo.InvariantCulture)}: {reason}" : $"{input}: {reason}";
}
