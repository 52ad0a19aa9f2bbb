using System.Collections.Immutable;

namespace Stancewatch.Extraction.Lexicons;

/// <summary>
/// One verb or noun pattern: the word (lemma plus an optional particle or preposition), the words its object or
/// modifier must have (empty for any), and the event it codes with the relations that give its target.
/// </summary>
public sealed record EventPattern
{
    public required string Lemma { get; init; }

    /// <summary>Second word of a phrasal pattern ("for" in "call for"), or null.</summary>
    public string? Particle { get; init; }

    /// <summary>Lemmas one of which the object (verbs) or a modifier (nouns) must have; empty for any.</summary>
    public ImmutableArray<string> Constraint { get; init; } = [];

    public required PloverEvent Type { get; init; }
    public string? Cameo { get; init; }
    public string? Mode { get; init; }
    public string? Context { get; init; }

    /// <summary>Relations ("obj", "iobj") and prepositions ("to", "with") whose argument is the target.</summary>
    public ImmutableArray<string> Target { get; init; } = [];

    public EventPatternFlags Flags { get; init; }

    /// <summary>Where the pattern comes from ("event-verbs.tsv:12", "CAMEO.2.0.txt:2901").</summary>
    public string Origin { get; init; } = "";

    /// <summary>More specific patterns win: a phrasal word, an object constraint and the penalty condition each add one.</summary>
    public int Specificity => (Particle is null ? 0 : 1) + (Constraint.IsEmpty ? 0 : 1) + (Flags.HasFlag(EventPatternFlags.Penalty) ? 1 : 0);
}
