using System.Globalization;

namespace Stancewatch.Text.Reading;

/// <summary>One input (or one item of a feed or JSON Lines file) that could not be read, and why.</summary>
/// <param name="Input">The path or URL, with ":line" or "#item" when the failure is inside it.</param>
/// <param name="Reason">Why, in one line.</param>
public sealed record ReadFailure(string Input, string Reason)
{
    /// <summary>The one line shown to the user: "input: reason".</summary>
    public override string ToString() => Input + ": " + Reason;

    /// <summary>The failure an <see cref="InputException"/> describes.</summary>
    public static ReadFailure From(InputException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        string input = exception.Line is int line
            ? exception.Input + ":" + line.ToString(CultureInfo.InvariantCulture)
            : exception.Input;
        return new ReadFailure(input, exception.Reason);
    }
}
