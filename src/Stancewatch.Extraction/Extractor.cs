using System.Collections.Immutable;
using Stancewatch.Extraction.Actors;
using Stancewatch.Extraction.Dates;
using Stancewatch.Extraction.Events;
using Stancewatch.Extraction.Lexicons;
using Stancewatch.Extraction.Statements;
using Stancewatch.Nlp;

namespace Stancewatch.Extraction;

/// <summary>
/// Runs extraction on one annotated document: resolves actor mentions, resolves dates, attributes statements
/// (whose quoted "I" and "we" are then their speakers), then codes events (which take their claimant from the statement whose content holds them). Immutable and thread-safe.
/// </summary>
public sealed class Extractor
{
    private readonly IMentionResolver _resolver;
    private readonly StatementAttributor _statements;
    private readonly EventCoder _events;
    private readonly DateResolver _dates = new();

    public Extractor(IMentionResolver resolver, EventLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        ArgumentNullException.ThrowIfNull(lexicon);
        _resolver = resolver;
        _statements = new StatementAttributor(lexicon);
        _events = new EventCoder(lexicon);
    }

    /// <summary>Extracts mentions, statements and events; the document needs tokens, sentences, tags, lemmas and dependencies.</summary>
    public DocumentExtraction Extract(AnnotatedDocument document, ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        return Extract(document, _resolver.Resolve(document, context.Published ?? context.FallbackDate), context);
    }

    /// <summary>Extraction with mentions already resolved.</summary>
    public DocumentExtraction Extract(AnnotatedDocument document, ImmutableArray<ActorMention> mentions, ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        mentions = NumberedGroups.Narrow(document, mentions);
        var index = MentionIndex.Create(document, mentions);
        var dates = _dates.Resolve(document, context.Published, context.FallbackDate);
        var statements = _statements.Attribute(document, index, dates, context);
        var speakers = QuotedFirstPerson.Mentions(document, statements);
        if (!speakers.IsEmpty)
        {
            mentions = [.. mentions.Concat(speakers).OrderBy(m => m.FirstToken)];
            index = new MentionIndex(index.Dependencies, mentions);
        }

        var (merged, events) = CodedStatements.Merge(statements, _events.Code(document, index, statements, dates, context));
        merged = ClaimsOfResponsibility.Mark(merged, events);
        return new DocumentExtraction(context.DocumentId, mentions, merged, ReportedAccusations.Add(events, merged));
    }
}
