using System.Collections.Immutable;
using Stancewatch.Extraction.Actors;

namespace Stancewatch.Extraction;

/// <summary>
/// Everything extraction reads out of one document: the resolved actor mentions, the statements (reported
/// utterances, coded STATEMENT, with speaker as <see cref="Event.Source"/>, frame, content and content range) and the
/// events. Records inside a statement's content carry <see cref="Event.ReportedBy"/> (the chain) and the reporter as
/// <see cref="Event.Claimant"/>. Sorted by evidence offset.
/// </summary>
public sealed record DocumentExtraction(
    string DocumentId,
    ImmutableArray<ActorMention> Mentions,
    ImmutableArray<Event> Statements,
    ImmutableArray<Event> Events)
{
    /// <summary>Statements and events together in text order.</summary>
    public IEnumerable<Event> All() =>
        Statements.Concat(Events).OrderBy(e => e.Evidence.Start).ThenBy(e => e.Id, StringComparer.Ordinal);
}
