using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Stancewatch.Knowledge.Lexicons;

/// <summary>
/// Crisis-independent cues of the analysis stage, loaded from data/lexicons/analysis-cues.yaml: negators, hedges,
/// reporting frames, silences, retractions, votes, explicit disputes and interactions. Each word list is compiled
/// into one case-insensitive whole-word pattern.
/// </summary>
public sealed record AnalysisLexicon
{
    /// <summary>Matches one negator (word or phrase).</summary>
    public required Regex Negator { get; init; }

    /// <summary>How many words before a cue a negator may stand.</summary>
    public int NegationWindow { get; init; } = 12;

    /// <summary>Dispositions that cancel a cue ("reluctant to condemn").</summary>
    public required Regex HedgeDrop { get; init; }

    /// <summary>Hedges that keep a claim but mark it uncertain ("reportedly").</summary>
    public required Regex Hedge { get; init; }

    public required Regex ReportingVerb { get; init; }
    public required Regex ContentMarker { get; init; }
    public required Regex PrepositionalFrame { get; init; }
    public required Regex AddresseeVerb { get; init; }

    /// <summary>Verbs whose object is asked to act ("called on", "urged"): that object's act is not its stance.</summary>
    public required Regex DemandVerb { get; init; }
    public required Regex OfficialSpeaker { get; init; }
    public required Regex Pronoun { get; init; }
    public required Regex Contrast { get; init; }
    public required Regex Anaphora { get; init; }

    /// <summary>Occasions of speech ("a phone call", "talks", "an interview").</summary>
    public required Regex Occasion { get; init; }
    public required ImmutableArray<Regex> Silence { get; init; }
    public required ImmutableArray<Regex> Retraction { get; init; }
    public required Regex VoteContext { get; init; }
    public required Regex VoteAbstain { get; init; }
    public required Regex VoteAbsent { get; init; }
    public required Regex VoteYes { get; init; }
    public required Regex VoteNo { get; init; }
    public required Regex VoteNotSupported { get; init; }
    public required ImmutableArray<VoteBody> VoteBodies { get; init; }
    public required ImmutableArray<Regex> Dispute { get; init; }
    public required ImmutableArray<Regex> Interaction { get; init; }
    public required Regex Readout { get; init; }
}
