namespace Stancewatch.Training.Evaluation;

/// <summary>What a pipeline run by <see cref="UdRunner"/> starts from.</summary>
public enum UdInput
{
    /// <summary>The gold file's raw text: the pipeline tokenizes and splits sentences itself.</summary>
    RawText,

    /// <summary>The gold tokens and sentences.</summary>
    GoldTokens,

    /// <summary>
    /// The gold tokens, sentences, tags and lemmas, so that only parsing is scored: how the parser does when the
    /// tagger makes no error.
    /// </summary>
    GoldTags,
}
