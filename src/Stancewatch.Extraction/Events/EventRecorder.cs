using System.Collections.Immutable;
using System.Globalization;
using Stancewatch.Extraction.Actors;
using Stancewatch.Extraction.Dates;
using Stancewatch.Extraction.Lexicons;
using Stancewatch.Nlp;

namespace Stancewatch.Extraction.Events;

/// <summary>
/// The events of one document as the verb and noun coders find them: one record per actor pair, read with its
/// modality (<see cref="ModalRecoding"/>), dated, and with the claimant of the statement whose content holds it. The
/// same act told twice in a sentence is kept once.
/// </summary>
internal sealed class EventRecorder
{
    private readonly AnnotatedDocument _doc;
    private readonly DependencyIndex _deps;
    private readonly MentionIndex _mentions;
    private readonly ImmutableArray<Event> _statements;
    private readonly Dictionary<int, Event> _statementAt = [];
    private readonly DateResolution _dates;
    private readonly ExtractionContext _context;
    private readonly ModalityReader _modality;
    private readonly List<Event> _events = [];

    public EventRecorder(AnnotatedDocument doc, MentionIndex mentions, ImmutableArray<Event> statements, DateResolution dates, ExtractionContext context, ModalityReader modality)
    {
        _doc = doc;
        _deps = mentions.Dependencies;
        _mentions = mentions;
        _statements = statements.IsDefault ? [] : statements;
        _dates = dates;
        _context = context;
        _modality = modality;
        foreach (var s in _statements)
        {
            int token = s.TriggerRange is { } r ? doc.TokenStarts.AsSpan().BinarySearch(r.Start) : -1;
            if (token >= 0)
            {
                _statementAt.TryAdd(token, s);
            }
        }
    }

    /// <summary>The events recorded so far, in the order they were found.</summary>
    public IReadOnlyList<Event> Events => _events;

    /// <summary>The statements by the token of their reporting verb or frame.</summary>
    public IReadOnlyDictionary<int, Event> StatementsByToken => _statementAt;

    public void Emit(int t, EventPattern p, ImmutableArray<ActorRef> sources, ImmutableArray<ActorRef> targets, ImmutableArray<ActorRef> participants, string? location, bool distributive = false, bool presupposed = false)
    {
        var pairs = new List<(ActorRef Source, ActorRef? Target)>();
        if (distributive)
        {
            pairs.AddRange(sources.Select(s => (s, (ActorRef?)(s with { Sector = "CVL", Name = null }))));
        }
        else if (!participants.IsEmpty)
        {
            if (sources.IsEmpty)
            {
                // "fighting between A and B" goes both ways; a consultation has no direction.
                pairs.AddRange(EachWithEachOther(participants, p.Type != PloverEvent.CONSULT));
            }
            else
            {
                foreach (var s in sources)
                {
                    foreach (var o in participants.Where(o => !SameParty(s, o)))
                    {
                        pairs.Add((s, o));
                    }
                }
            }
        }
        else if (targets.IsEmpty && sources.Length >= 2 && p.Flags.HasFlag(EventPatternFlags.Mutual))
        {
            // "Putin and Erdogan agreed": each agreed with the other. A consultation has no direction.
            pairs.AddRange(EachWithEachOther(sources, p.Type != PloverEvent.CONSULT));
        }
        else
        {
            foreach (var s in sources)
            {
                if (targets.IsEmpty)
                {
                    pairs.Add((s, null));
                }

                foreach (var o in targets.Where(o => !SameParty(s, o)))
                {
                    pairs.Add((s, o));
                }
            }
        }

        if (pairs.Count == 0)
        {
            return;
        }

        var modality = _modality.Read(t);
        var (type, cameo, negated, hypothetical, context) = ModalRecoding.Apply(p, modality, IsPresentTense(t));
        if (type == PloverEvent.CONSULT && pairs.All(x => x.Target is null))
        {
            return;
        }

        var statement = Enclosing(t);
        var sentence = _doc.Sentence(_doc.SentenceOf(t));
        var date = EventDates.DateOf(_deps, _dates, t) ?? (statement?.Date);
        int k = 0;
        foreach (var (source, target) in pairs)
        {
            if (IsCodedAlready(sentence.Index, type, source, target, negated, hypothetical, statement?.Claimant))
            {
                continue;
            }

            _events.Add(new Event
            {
                Id = string.Create(CultureInfo.InvariantCulture, $"{_context.DocumentId}/e{sentence.Index}.{t}.{k++}"),
                Type = type,
                Cameo = cameo,
                Mode = p.Mode,
                Context = context,
                Date = date,
                Source = [source],
                Target = target is null ? [] : [target],
                Claimant = statement?.Claimant,
                ReportedBy = statement?.Id,
                Negated = negated,
                Hypothetical = hypothetical,
                Denied = modality.Denied || statement is { Denied: true },
                Uncertain = modality.Uncertain || statement is { Uncertain: true },
                Presupposed = presupposed,
                Trigger = _doc.Forms[t],
                TriggerRange = new Stancewatch.Text.CharRange(_doc.TokenStarts[t], _doc.TokenEnds[t]),
                Location = location,
                Evidence = new Evidence(_context.DocumentId, sentence.Index, sentence.Start, sentence.End, sentence.Text),
            });
        }
    }

    public string? Location(int t)
    {
        foreach (int c in _deps.Children(t))
        {
            if (_deps.BaseRel(c) == "obl" && _deps.CaseOf(c) is "in" or "at" && _mentions.At(c) is { Kind: MentionKind.Location } m)
            {
                return _doc.Text[m.Range.Start..m.Range.End];
            }
        }

        return null;
    }

    public Event? Enclosing(int t)
    {
        int at = _doc.TokenStarts[t];
        Event? best = null;
        foreach (var s in _statements)
        {
            if (s.ContentRange is { } c && c.Start <= at && at < c.End && (best is null || c.Length < best.ContentRange!.Value.Length))
            {
                best = s;
            }
        }

        return best;
    }

    /// <summary>A present-tense verb, or a noun carried by one ("does not impose", "has no plans").</summary>
    private bool IsPresentTense(int t)
    {
        int verb = _deps.Upos[t] == "VERB" ? t : _deps.Head(t);
        if (verb < 0 || _deps.Upos[verb] != "VERB")
        {
            return false;
        }

        var xpos = _doc.Xpos;
        if (_deps.Children(verb).Any(c => _deps.Deprels[c] == "aux" && xpos[c] is "VBD" or "MD" || _deps.Deprels[c] == "aux" && _deps.Lemmas[c] == "have"))
        {
            return false;
        }

        return xpos[verb] is "VBZ" or "VBP" || _deps.Children(verb).Any(c => _deps.Deprels[c] == "aux" && xpos[c] is "VBZ" or "VBP");
    }

    /// <summary>Every pair of the parties, each way round when <paramref name="bothWays"/>.</summary>
    private static IEnumerable<(ActorRef Source, ActorRef? Target)> EachWithEachOther(ImmutableArray<ActorRef> parties, bool bothWays)
    {
        for (int i = 0; i < parties.Length; i++)
        {
            for (int j = i + 1; j < parties.Length; j++)
            {
                yield return (parties[i], parties[j]);
                if (bothWays)
                {
                    yield return (parties[j], parties[i]);
                }
            }
        }
    }

    /// <summary>
    /// One party on both sides: the same code, unless the sectors tell two parties of one country apart ("police
    /// arrested opposition activists", "the army fought rebels", "a court jailed a journalist"). The state's own
    /// branches (government, military, legislature) count as one party.
    /// </summary>
    public static bool SameParty(ActorRef a, ActorRef b)
    {
        if (a.Code != b.Code)
        {
            return false;
        }

        static bool State(string? sector) => sector is null or "GOV" or "MIL" or "LEG" or "IGO";
        return a.Sector == b.Sector || State(a.Sector) && State(b.Sector) || a.Code == EventCoder.UnknownCode;
    }

    /// <summary>The same act between the same parties, read the same way, from another word of the sentence.</summary>
    private bool IsCodedAlready(int sentence, PloverEvent type, ActorRef source, ActorRef? target, bool negated, bool hypothetical, ActorRef? claimant) =>
        _events.Any(e => e.Evidence.Sentence == sentence && e.Type == type && e.Negated == negated && e.Hypothetical == hypothetical
            && e.Claimant?.Code == claimant?.Code && e.Source[0].Code == source.Code && e.Source[0].Sector == source.Sector
            && (e.Target.IsEmpty ? target is null : target is not null && e.Target[0].Code == target.Code && e.Target[0].Sector == target.Sector));
}
