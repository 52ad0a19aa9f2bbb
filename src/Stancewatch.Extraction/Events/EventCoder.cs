using System.Collections.Immutable;
using Stancewatch.Extraction.Actors;
using Stancewatch.Extraction.Dates;
using Stancewatch.Extraction.Lexicons;
using Stancewatch.Nlp;

namespace Stancewatch.Extraction.Events;

/// <summary>
/// Codes PLOVER events from verbs and nouns with the patterns of an <see cref="EventLexicon"/>. The parse decides
/// who is source and target: subject or passive agent, object or passive subject, the prepositions a pattern names,
/// controllers of infinitives, relative clauses, coordination (one event per actor pair) and "between A and B".
/// Event nouns take their actors from possessors, adjectives and the light verb that governs them ("had a
/// conversation", "imposed sanctions on"). Records inside a statement's content get its claimant and link.
/// <see cref="ModalRecoding"/> turns refusals and intentions into CAMEO's "reject", "express intent" and "threaten".
/// Verbs are coded first (<see cref="VerbEventCoder"/>), then the nouns no verb pattern used up
/// (<see cref="NounEventCoder"/>), into one <see cref="EventRecorder"/> per document.
/// </summary>
public sealed class EventCoder
{
    /// <summary>The code of an actor that no mention resolves (PETRARCH's "---").</summary>
    public const string UnknownCode = "---";

    private readonly EventLexicon _lexicon;

    public EventCoder(EventLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
    }

    /// <summary>The events of a document in text order; <paramref name="statements"/> give claimants to reported content.</summary>
    public ImmutableArray<Event> Code(AnnotatedDocument document, MentionIndex mentions, ImmutableArray<Event> statements, DateResolution dates, ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(dates);
        ArgumentNullException.ThrowIfNull(context);
        if (!document.Has(AnnotationLayers.Dependencies))
        {
            return [];
        }

        var deps = mentions.Dependencies;
        var modality = new ModalityReader(deps, _lexicon);
        var recorder = new EventRecorder(document, mentions, statements, dates, context, modality);
        var phrases = new PhraseActors(document, deps, mentions);
        var subjects = new ClauseSubjects(document, deps, mentions, _lexicon, phrases);
        var targets = new ClauseTargets(document, deps, mentions, _lexicon, phrases, recorder.Events);
        var consumed = new HashSet<int>();
        var verbs = new VerbEventCoder(_lexicon, document, mentions, phrases, subjects, targets, recorder, consumed);
        for (int t = 0; t < document.TokenCount; t++)
        {
            verbs.Code(t);
        }

        verbs.CodeObligations();
        var nouns = new NounEventCoder(_lexicon, document, mentions, phrases, subjects, modality, recorder);
        for (int t = 0; t < document.TokenCount; t++)
        {
            if (!consumed.Contains(t))
            {
                nouns.Code(t);
            }
        }

        return [.. recorder.Events.OrderBy(e => e.Evidence.Start).ThenBy(e => e.Id, StringComparer.Ordinal)];
    }
}

