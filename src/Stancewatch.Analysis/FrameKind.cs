namespace Stancewatch.Analysis;

/// <summary>How a reporting frame introduces what is reported.</summary>
public enum FrameKind
{
    /// <summary>"X said that ..." — the frame comes first.</summary>
    Pre,

    /// <summary>"..., X said." — the frame follows what it reports.</summary>
    Post,

    /// <summary>"according to X".</summary>
    Prepositional,

    /// <summary>A quotation attributed in another sentence (a multi-sentence quote).</summary>
    Quote,
}
