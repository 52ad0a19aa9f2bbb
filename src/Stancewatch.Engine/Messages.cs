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

    /// <summary>A document failed in one analysis stage.</summary>
    public static string StageFailed(string stage, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return stage + " failed (" + exception.GetType().Name + "): " + exception.Message;
    }

    /// <summary>Extraction needs tags, lemmas and dependencies the language pipeline does not produce.</summary>
    public const string ExtractionSkipped = "events and statements not extracted: the language pipeline has no tagger, lemmatizer and parser models";

    /// <summary>A document read in this run is no longer in the store.</summary>
    public const string NotStored = "not found in the store after ingesting";
}
