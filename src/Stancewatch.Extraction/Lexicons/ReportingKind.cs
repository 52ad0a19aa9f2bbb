namespace Stancewatch.Extraction.Lexicons;

/// <summary>How a reporting word introduces an utterance (see data/lexicons/reporting.tsv).</summary>
public enum ReportingKind
{
    /// <summary>A verb whose subject is the speaker ("said").</summary>
    Verb,

    /// <summary>A verb whose object is the speaker ("quoted X as saying").</summary>
    Quote,

    /// <summary>A noun naming an utterance ("a statement", "the readout").</summary>
    Noun,

    /// <summary>A noun naming the channel, which only describes the frame ("a briefing").</summary>
    Frame,
}
