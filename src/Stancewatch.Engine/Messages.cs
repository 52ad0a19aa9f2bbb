namespace Stancewatch.Engine;

/// <summary>The wording of the Engine's messages, in one place so that tests can assert on it.</summary>
public static class Messages
{
    /// <summary>An input failed with an exception no reader anticipated.</summary>
    public static string UnexpectedReadError(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return "unexpected error while reading (" + exception.GetType().Name + "): " + exception.Message;
    }

    /// <summary>Inputs were given but none of them named anything.</summary>
    public const string NoInputs = "no inputs: name files, folders or URLs";
}
