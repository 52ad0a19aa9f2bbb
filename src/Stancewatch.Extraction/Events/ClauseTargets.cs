using System.Collections.Immutable;
using Stancewatch.Extraction.Actors;
using Stancewatch.Extraction.Lexicons;
using Stancewatch.Nlp;

namespace Stancewatch.Extraction.Events;

/// <summary>
/// Whom a verb's act is aimed at: its object or the phrase its pattern names, the subject of a demanded clause or
/// the object of an intended one, the party whose act conditions a threat, and the other party of the call an
/// appeal is made in.
/// </summary>
internal sealed class ClauseTargets
{
    private readonly AnnotatedDocument _doc;
    private readonly DependencyIndex _deps;
    private readonly MentionIndex _mentions;
    private readonly EventLexicon _lexicon;
    private readonly PhraseActors _phrases;
    // The events coded so far in the document: the calls an appeal may belong to.
    private readonly IReadOnlyList<Event> _coded;

    public ClauseTargets(AnnotatedDocument doc, DependencyIndex deps, MentionIndex mentions, EventLexicon lexicon, PhraseActors phrases, IReadOnlyList<Event> coded)
    {
        _doc = doc;
        _deps = deps;
        _mentions = mentions;
        _lexicon = lexicon;
        _phrases = phrases;
        _coded = coded;
    }

    /// <summary>
    /// The other party of an act the verb governs: "refused to accept duties from Russia", "offered to hand
    /// them over to Britain", "demanded that the US cancel the sale" (the addressee of a demand is the subject
    /// of its clause). A named actor wins over a mere place ("the results of Russian referendums in Ukraine").
    /// </summary>
    public ImmutableArray<ActorRef> ComplementTarget(int verb, ImmutableArray<ActorRef> sources)
    {
        ImmutableArray<ActorRef> Others(ImmutableArray<ActorRef> actors) => [.. actors.Where(a => !sources.Any(s => s.Code == a.Code))];

        int clause = _deps.Child(verb, "ccomp");
        if (clause >= 0 && _lexicon.Is(_deps.Lemmas[verb], CueCategory.Demand))
        {
            var addressee = Others(_mentions.ActorsOf(_deps.Child(clause, "nsubj")));
            if (!addressee.IsEmpty)
            {
                return addressee;
            }
        }

        int complement = _deps.Child(verb, "xcomp");
        if (complement < 0)
        {
            return [];
        }

        foreach (bool places in new[] { false, true })
        {
            foreach (int c in _deps.Children(complement))
            {
                if (_deps.BaseRel(c) is "obl" or "obj" or "iobj")
                {
                    var found = Others(_mentions.ActorsOf(c, allowLocation: places));
                    if (!found.IsEmpty)
                    {
                        return found;
                    }
                }
            }
        }

        return [];
    }

    /// <summary>
    /// "threatened to stop the talks if the United States deploys missiles", "unless Israel rescinds": a threat is
    /// aimed at the party whose act is its condition.
    /// </summary>
    public ImmutableArray<ActorRef> ConditionParty(int verb, ImmutableArray<ActorRef> sources)
    {
        int complement = _deps.Child(verb, "xcomp");
        foreach (int owner in complement >= 0 ? new[] { verb, complement } : [verb])
        {
            foreach (int c in _deps.Children(owner))
            {
                bool conditional = _deps.BaseRel(c) == "advcl" && _deps.Children(c).Any(m => _deps.Deprels[m] == "mark" && _lexicon.Is(_deps.Lemmas[m], CueCategory.Conditional));
                var party = conditional ? _mentions.ActorsOf(_deps.Child(c, "nsubj")).Where(a => !sources.Any(s => s.Code == a.Code)).ToImmutableArray() : [];
                if (!party.IsEmpty)
                {
                    return party;
                }
            }
        }

        return [];
    }

    public ImmutableArray<ActorRef> TargetOf(int t, string rel, EventPattern p, bool passive)
    {
        bool place = p.Type == PloverEvent.CONSULT;
        switch (rel)
        {
            case "obj":
                // The object meets the constraint ("imposed sanctions"), unless a particle's argument does ("engaged X in a
                // firefight"): then its owner is the target ("welcomed Russia's decision", "froze Russian assets").
                if (!p.Constraint.IsEmpty && (p.Particle is null || _deps.ParticleArgument(t, p.Particle) == (passive ? _deps.Child(t, "nsubj:pass") : _deps.Child(t, "obj"))))
                {
                    return _mentions.ActorsOf(passive ? _deps.Child(t, "nsubj:pass") : _deps.Child(t, "obj"));
                }

                int o = passive ? _deps.Child(t, "nsubj:pass") : _deps.Child(t, "obj");
                var named = _mentions.ActorsOf(o, place);

                // "received ministers from the Georgian government", the "from" phrase hung on the verb.
                if (named.IsEmpty && o >= 0 && _deps.Upos[o] == "NOUN")
                {
                    named = _phrases.Prepositional(t, "from", allowLocation: false);
                }

                // A place that is itself the object of force is its target ("shelled Iraqi towns").
                return named.IsEmpty && p.Type is PloverEvent.ASSAULT or PloverEvent.COERCE && _mentions.At(o) is { Kind: MentionKind.Location } m
                    ? m.Actors
                    : named;
            case "iobj":
                return _mentions.ActorsOf(_deps.Child(t, "iobj"), place);
            default:
                // A place named after a preposition of the pattern is the target ("fired at Russia", "arrived in Tajikistan").
                return _phrases.AfterPreposition(t, rel);
        }
    }

    /// <summary>
    /// "In a conversation with Putin, Modi appealed for ...", or an appeal told after the call: an appeal without an
    /// addressee made in a call goes to the other party of the call (the setting, else the source's last call
    /// told before it).
    /// </summary>
    public ImmutableArray<ActorRef> CallPartner(int verb, ImmutableArray<ActorRef> sources)
    {
        ImmutableArray<ActorRef> Others(IEnumerable<ActorRef> actors) => [.. actors.Where(a => !sources.Any(s => s.Code == a.Code))];

        // "issued a note to the local authorities, requesting a stop to rallies": the addressee of the message the
        // appeal comes with.
        int head = _deps.Head(verb);
        if (_deps.BaseRel(verb) is "advcl" or "conj" && head >= 0 && Others(_phrases.AfterPreposition(head, "to")) is { IsEmpty: false } addressee)
        {
            return addressee;
        }

        foreach (int c in _deps.Children(verb))
        {
            if (_deps.BaseRel(c) == "obl" && _deps.CaseOf(c) is { } setting && _lexicon.Is(setting, CueCategory.Setting)
                && _lexicon.TryGetNoun(_deps.Lemmas[c], _doc.Forms[c], out var patterns) && patterns.Any(x => x.Type == PloverEvent.CONSULT))
            {
                return Others(_phrases.Prepositional(c, "with", allowLocation: false));
            }
        }

        // "India has been pressing for ...": a standing position, not something said in the call.
        if (_doc.Xpos[verb] == "VBG" || _deps.Children(verb).Any(c => _deps.Deprels[c] == "aux" && _deps.Lemmas[c] == "have"))
        {
            return [];
        }

        int sentence = _doc.SentenceOf(verb);
        var call = _coded.LastOrDefault(e => e.Type == PloverEvent.CONSULT && e.Target.Length == 1 && e.Evidence.Sentence < sentence
            && sources.Any(s => s.Code == e.Source[0].Code || s.Code == e.Target[0].Code));
        return call is null ? [] : Others([call.Source[0], call.Target[0]]);
    }
}
