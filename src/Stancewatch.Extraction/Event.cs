using System.Collections.Immutable;
using Stancewatch.Text;

namespace Stancewatch.Extraction;

/// <summary>
/// Something one actor did to another (or a reported utterance, coded STATEMENT), with who reports it.
/// Negated and hypothetical events are kept and marked, never counted as acts.
/// </summary>
public sealed record Event
{
    public required string Id { get; init; }
    public required PloverEvent Type { get; init; }
    public string? Cameo { get; init; }
    public string? Mode { get; init; }
    public ImmutableArray<string> Context { get; init; } = [];
    public DateOnly? Date { get; init; }
    public required ImmutableArray<ActorRef> Source { get; init; }
    public required ImmutableArray<ActorRef> Target { get; init; }

    /// <summary>Who reports it; null when the document says it in its own voice.</summary>
    public ActorRef? Claimant { get; init; }

    public bool Negated { get; init; }
    public bool Hypothetical { get; init; }

    /// <summary>True when the text denies that the event happened.</summary>
    public bool Denied { get; init; }

    /// <summary>Reported with a hedge ("reportedly", "allegedly").</summary>
    public bool Uncertain { get; init; }

    /// <summary>
    /// A noun that refers to an event as known background ("after the invasion", "the results of the talks")
    /// rather than reporting it: kept for context, not counted as a report of the event.
    /// </summary>
    public bool Presupposed { get; init; }

    /// <summary>Asserted as having happened: not negated, hypothetical, denied or presupposed.</summary>
    public bool IsAct => !Negated && !Hypothetical && !Denied && !Presupposed;

    /// <summary>True when <paramref name="other"/> has the same source codes, in any order.</summary>
    public bool HasSourcesOf(Event other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Source.Select(a => a.Code).Order(StringComparer.Ordinal).SequenceEqual(other.Source.Select(a => a.Code).Order(StringComparer.Ordinal), StringComparer.Ordinal);
    }

    /// <summary>The reporting verb or frame for statements ("said", "according to").</summary>
    public string? Frame { get; init; }

    /// <summary>Quoted or indirect content of a statement.</summary>
    public string? Content { get; init; }

    /// <summary>The words that express the event or the reporting frame (verb, noun, or "according to").</summary>
    public string? Trigger { get; init; }

    /// <summary>Character range of the trigger word in the document text.</summary>
    public CharRange? TriggerRange { get; init; }

    /// <summary>For a statement: the character range of its content (the quote or the reported clause).</summary>
    public CharRange? ContentRange { get; init; }

    /// <summary>Id of the statement whose content holds this record (the chain of attribution); null at top level.</summary>
    public string? ReportedBy { get; init; }

    /// <summary>Where the event took place, as the text names it ("in Almaty").</summary>
    public string? Location { get; init; }

    public required Evidence Evidence { get; init; }
}
