using Stancewatch.Extraction;
using Stancewatch.Text;

namespace Stancewatch.Analysis;

/// <summary>
/// A reporting frame in a sentence: the verb or phrase, who speaks (resolved, or only an official-sounding
/// phrase, or a pronoun resolved to the previous speaker), and the reported content's range.
/// </summary>
public sealed record ReportingFrame
{
    public required FrameKind Kind { get; init; }
    public required CharRange Verb { get; init; }
    public required CharRange Content { get; init; }
    public required CharRange SpeakerRange { get; init; }

    /// <summary>The speaker, when a mention names it.</summary>
    public ActorRef? Speaker { get; init; }

    /// <summary>True when the speaker is named only as an official body ("the ministry", "an official statement").</summary>
    public bool Official { get; init; }

    /// <summary>The frame's verb or phrase as written.</summary>
    public required string Text { get; init; }

    /// <summary>True when the speaker is a government or an intergovernmental organisation.</summary>
    public bool HasGovernmentSpeaker => Speaker is not null && ActorCodes.IsGovernmentOrOrganisation(Speaker.Code);
}
