using System.Collections.Immutable;
using Stancewatch.Extraction.Actors;
using Stancewatch.Extraction.Lexicons;
using Stancewatch.Nlp;

namespace Stancewatch.Extraction.Events;

/// <summary>
/// Codes events from verbs: the pattern whose object constraint the clause meets, source from the subject, passive
/// agent, controller or inherited subject, target from the object or the pattern's prepositions (else the complement,
/// the condition of a threat, the partner of the call an appeal is made in, or the place the act applies to), and the
/// speaker's demand in "X said Y must ...".
/// </summary>
internal sealed class VerbEventCoder
{
    private static readonly EventPattern Obligation = new()
    {
        Lemma = "must", Type = PloverEvent.DEMAND, Cameo = "100", Origin = "cues.tsv:obligation",
    };

    private readonly EventLexicon _lexicon;
    private readonly AnnotatedDocument _doc;
    private readonly DependencyIndex _deps;
    private readonly MentionIndex _mentions;
    private readonly PhraseActors _phrases;
    private readonly ClauseSubjects _subjects;
    private readonly ClauseTargets _targets;
    private readonly ObligationReader _obligations;
    private readonly EventRecorder _recorder;
    private readonly HashSet<int> _consumed;

    /// <summary>
    /// <paramref name="consumed"/> receives the nouns a pattern's object constraint used up ("imposed sanctions"), which
    /// are no events of their own.
    /// </summary>
    public VerbEventCoder(EventLexicon lexicon, AnnotatedDocument doc, MentionIndex mentions, PhraseActors phrases, ClauseSubjects subjects, ClauseTargets targets, EventRecorder recorder, HashSet<int> consumed)
    {
        _lexicon = lexicon;
        _doc = doc;
        _deps = mentions.Dependencies;
        _mentions = mentions;
        _phrases = phrases;
        _subjects = subjects;
        _targets = targets;
        _obligations = new ObligationReader(_deps, lexicon);
        _recorder = recorder;
        _consumed = consumed;
    }

    /// <summary>Codes the verb at <paramref name="t"/>, if a pattern of the lexicon matches it.</summary>
    public void Code(int t)
    {
        if (_deps.Upos[t] == "VERB" && _lexicon.TryGetVerb(_deps.Lemmas[t], _doc.Forms[t], out var patterns) && MatchVerb(t, patterns) is { } p)
        {
            CodeVerb(t, p);
        }
    }

    /// <summary>Codes the demands that statements make with a verb of obligation.</summary>
    public void CodeObligations()
    {
        foreach (var (token, statement) in _recorder.StatementsByToken)
        {
            CodeObligation(token, statement);
        }
    }

    private EventPattern? MatchVerb(int t, ImmutableArray<EventPattern> patterns)
    {
        bool passive = _subjects.IsPassive(t);
        int obj = passive ? _deps.Child(t, "nsubj:pass") : _deps.Child(t, "obj");
        if (obj < 0 && !passive)
        {
            // "give permission to Russia": the parser may take a lone object for an indirect one.
            obj = _deps.Child(t, "iobj");
        }

        bool hasClause = _deps.Child(t, "ccomp") >= 0;
        foreach (var p in patterns)
        {
            int particleArg = -1;
            if (p.Particle != null)
            {
                particleArg = _deps.ParticleArgument(t, p.Particle);
                if (particleArg == -2)
                {
                    continue;
                }
            }

            if (p.Flags.HasFlag(EventPatternFlags.Penalty) && !ComplementNamesPenalty(t))
            {
                continue;
            }

            if (!p.Constraint.IsEmpty)
            {
                int arg = particleArg >= 0 ? particleArg : obj;
                int match = ConstraintMatch(arg, p.Constraint);
                if (match < 0)
                {
                    continue;
                }

                _consumed.Add(match);
                return p;
            }

            // A reporting verb with a clause is a statement, not an event of its own, unless the clause makes it a threat.
            if (hasClause && _lexicon.ReportingVerbs.ContainsKey(p.Lemma) && !p.Flags.HasFlag(EventPatternFlags.Penalty))
            {
                return null;
            }

            return p;
        }

        return null;
    }

    // "informed its citizens that they face imprisonment": a penalty inside a clause after the verb (whether the parser
    // made the clause its complement or a relative clause on the addressee); "informed Xi about the arrest" has none.
    private bool ComplementNamesPenalty(int verb)
    {
        var (_, end) = _deps.Subtree(verb);
        for (int k = verb + 1; k < end; k++)
        {
            if (_deps.Upos[k] == "NOUN" && _lexicon.Is(_deps.Lemmas[k], CueCategory.Penalty) && InClauseUnder(k, verb))
            {
                return true;
            }
        }

        return false;
    }

    private bool InClauseUnder(int token, int verb)
    {
        for (int t = token, guard = 0; t >= 0 && t != verb && guard < 64; t = _deps.Head(t), guard++)
        {
            if (_deps.BaseRel(t) is "ccomp" or "advcl" or "acl" or "xcomp" or "csubj" or "parataxis")
            {
                return _deps.Dominates(verb, t);
            }
        }

        return false;
    }

    private int ConstraintMatch(int arg, ImmutableArray<string> constraint)
    {
        if (arg < 0)
        {
            return -1;
        }

        if (constraint.Contains(_deps.Lemmas[arg], StringComparer.Ordinal))
        {
            return arg;
        }

        foreach (int c in _deps.Children(arg))
        {
            if (_deps.Deprels[c] == "conj" && constraint.Contains(_deps.Lemmas[c], StringComparer.Ordinal))
            {
                return c;
            }
        }

        return -1;
    }

    private void CodeVerb(int t, EventPattern p)
    {
        // "seeking to deepen ties": an attempt, whose complement is the event; a demand needs an addressee or object.
        if (p.Type == PloverEvent.DEMAND && _deps.Child(t, "xcomp") >= 0 && _deps.Child(t, "obj") < 0 && !_lexicon.Is(_deps.Lemmas[t], CueCategory.Demand))
        {
            return;
        }

        if (p.Flags.HasFlag(EventPatternFlags.Wish) && (_deps.Child(t, "obj") < 0 || _deps.Child(t, "xcomp") < 0))
        {
            return;
        }

        int patient = p.Target.Contains("obj") ? ReducedPassiveHead(t) : -1;
        bool passive = _subjects.IsPassive(t) || patient >= 0;
        int subject = passive ? _subjects.Agent(t) : _subjects.Subject(t);
        if (subject >= 0 && _deps.Deprels[subject] == "nsubj:pass")
        {
            subject = -1;
        }

        // A subject of its own, or a controller ("must be ready to mediate between ..."), not one borrowed from a
        // clause the verb only modifies ("Uzbeks captured in fighting between ...").
        bool ownSubject = subject >= 0 || _deps.BaseRel(t) is "xcomp" or "conj";
        if (subject < 0 && !passive)
        {
            subject = _subjects.InheritedSubject(t);
        }
        else if (subject >= 0 && _deps.Lemmas[subject] is "which" or "who" or "that" && _deps.Deprels[t].StartsWith("acl", StringComparison.Ordinal))
        {
            subject = _deps.Head(t);
        }
        else if (subject >= 0 && _deps.Lemmas[subject] is "who" && _subjects.NounBefore(subject) is int antecedent and >= 0)
        {
            // "Mikhail Galuzin, who met ...", misparsed as a clause of its own: "who" is the name before it.
            subject = antecedent;
        }

        var sources = _subjects.SourceActors(subject, t);
        ImmutableArray<ActorRef> Others(IEnumerable<ActorRef> actors) => [.. actors.Where(a => !sources.Any(s => s.Code == a.Code))];
        var targets = ImmutableArray<ActorRef>.Empty;
        bool ownPeople = false;
        foreach (string rel in p.Target)
        {
            int patientArgument = passive ? _deps.Child(t, "nsubj:pass") : _deps.Child(t, "obj");
            // "banned protests outside the Russian embassy", "dispersed rallies": aimed at the protesters, not the place.
            bool protest = p.Type is PloverEvent.COERCE or PloverEvent.ASSAULT && patientArgument >= 0 && !sources.IsEmpty && IsProtestNoun(patientArgument);
            if (rel == "obj" && (protest || IsOwnPeople(patientArgument, sources)))
            {
                ownPeople = true;
                break;
            }

            // "requesting a stop to rallies outside its premises": a party the source itself is no target of its act.
            targets = [.. _targets.TargetOf(t, rel, p, passive).Where(a => sources.IsEmpty || !sources.All(s => EventRecorder.SameParty(s, a)))];
            if (!targets.IsEmpty)
            {
                break;
            }
        }

        if (targets.IsEmpty && !ownPeople)
        {
            // "spoke by phone with Herzog": the pattern's phrase hung on another adverbial of the verb.
            targets = p.Target.Where(r => r is not ("obj" or "iobj")).Select(r => Others(_phrases.InAdverbial(t, r))).FirstOrDefault(x => !x.IsEmpty, []);
        }

        if (targets.IsEmpty && passive && p.Target.Contains("obj"))
        {
            targets = _mentions.ActorsOf(patient >= 0 ? patient : _deps.Child(t, "nsubj:pass"));
        }

        if (targets.IsEmpty && p.Type == PloverEvent.STATEMENT)
        {
            targets = _phrases.NamedInPhrase(t, p.Target, sources);
        }

        if (targets.IsEmpty)
        {
            targets = _targets.ComplementTarget(t, sources);
        }

        // "rejecting anti-Russian sanctions", "rejected sanctions against Russia": aimed where the refused act is.
        if (p.Flags.HasFlag(EventPatternFlags.Refusal) && targets.All(a => a.Code == EventCoder.UnknownCode) && _deps.Child(t, "obj") is int refused and >= 0)
        {
            var aimed = _phrases.OpposedBy(refused);
            aimed = aimed.IsEmpty ? _phrases.Prepositional(refused, "against", allowLocation: false) : aimed;
            targets = aimed.IsEmpty ? targets : aimed;
        }

        if (targets.IsEmpty && p.Type == PloverEvent.THREATEN)
        {
            targets = _targets.ConditionParty(t, sources);
        }

        if (targets.IsEmpty && p.Type == PloverEvent.DEMAND && !sources.IsEmpty)
        {
            targets = _targets.CallPartner(t, sources);
        }

        // "lifted the curfew in Montenegro": with no other party, the place where the act applies.
        if (targets.IsEmpty && (!sources.IsEmpty || subject >= 0) && p.Type is not PloverEvent.THREATEN)
        {
            targets = Others(_phrases.AfterPreposition(t, "in"));

            // A protest is aimed at the government where it takes place, also when the parser hangs the place on
            // another adverbial ("demonstrated on Tuesday in Serbia").
            if (targets.IsEmpty && p.Type == PloverEvent.PROTEST)
            {
                targets = Others(_phrases.PlacesOfClause(t));
            }
        }

        if (sources.IsEmpty && subject >= 0)
        {
            sources = Unresolved(subject);
        }
        else if (sources.IsEmpty && passive && !targets.IsEmpty && p.Type is PloverEvent.ASSAULT or PloverEvent.COERCE)
        {
            // "a rocket was fired at Israel from the Gaza Strip": no agent, but the place the attack came from;
            // otherwise force used on a named party by someone the text does not name.
            var origin = p.Type == PloverEvent.ASSAULT ? _phrases.AfterPreposition(t, "from") : [];
            sources = origin.IsEmpty ? [new ActorRef(EventCoder.UnknownCode)] : origin;
        }

        // A ban or warning with no foreign addressee is aimed at the government's own people.
        // A threat to do something ("threatened to stop the talks") is aimed at whoever that act concerns, not at the public.
        // Only bans and warnings: an arrest or a demolition whose victims we cannot name is not aimed at the public.
        bool banOrWarning = p.Type == PloverEvent.THREATEN || p.Type == PloverEvent.COERCE && p.Cameo is { } c && c.StartsWith("172", StringComparison.Ordinal);
        // "warned that any intervention in Niger would be war": a warning about another country's affairs is no ban on
        // the source's own people ("warned that police will no longer tolerate rallies" is).
        ownPeople |= targets.IsEmpty && banOrWarning && !HasNamedObject(t) && _deps.Child(t, "xcomp") < 0
            && !(_deps.Child(t, "ccomp") is int clause and >= 0 && _phrases.FirstNamedIn(clause, sources) is not null);
        if (ownPeople && p.Type == PloverEvent.CONSULT)
        {
            // "the embassy informed its citizens": a notice to the public, no consultation between parties.
            return;
        }

        if (ownPeople)
        {
            targets = sources;
        }
        else if (targets.IsEmpty && !passive && p.Constraint.IsEmpty && p.Target.Contains("obj") && _deps.Child(t, "obj") is int o and >= 0)
        {
            targets = Unresolved(o);
        }

        if (p.Flags.HasFlag(EventPatternFlags.Converse))
        {
            // "Georgia received assurances from the EU": the party after "from" acts toward the subject.
            var giver = _phrases.AfterPreposition(t, "from");
            if (giver.IsEmpty)
            {
                return;
            }

            (sources, targets, ownPeople) = (giver, sources, false);
        }

        // "Turkey mediated between Russia and Ukraine": the parties are the targets; "captured in fighting between
        // Ukrainian and Russian forces": the verb is the parties' act.
        var parties = _phrases.Between(t);
        if (!parties.IsEmpty && ownSubject && targets.IsEmpty)
        {
            targets = parties;
        }

        var participants = ownSubject ? [] : parties;
        if (!participants.IsEmpty)
        {
            sources = [];
        }

        _recorder.Emit(t, p, sources, targets, participants, _recorder.Location(t), distributive: ownPeople, presupposed: IsRelativeClauseOnAnArgument(t));
    }

    /// <summary>"warned their citizens", "banned its nationals", "Uzbek migrants" after Uzbekistan: the source's own people.</summary>
    private bool IsOwnPeople(int argument, ImmutableArray<ActorRef> sources)
    {
        if (argument < 0 || !_lexicon.Is(_deps.Lemmas[argument], CueCategory.Population) || sources.IsEmpty)
        {
            return false;
        }

        foreach (int c in _deps.Children(argument))
        {
            if (_deps.Deprels[c] == "nmod:poss" && _deps.Upos[c] == "PRON")
            {
                return true;
            }
        }

        var named = _mentions.ActorsOf(argument, allowLocation: true);
        return named.IsEmpty || named.All(a => sources.Any(s => s.Code == a.Code));
    }

    private bool IsProtestNoun(int token) =>
        _deps.Upos[token] == "NOUN" && _lexicon.TryGetNoun(_deps.Lemmas[token], _doc.Forms[token], out var patterns)
        && patterns.Any(x => x.Type == PloverEvent.PROTEST && x.Constraint.IsEmpty);

    private bool HasNamedObject(int verb)
    {
        int obj = _deps.Child(verb, "obj");
        return obj >= 0 && !_mentions.ActorsOf(obj).IsEmpty;
    }

    /// <summary>"Russia said Sudan must return the helicopter": the speaker demands it of the clause's subject.</summary>
    private void CodeObligation(int t, Event statement)
    {
        int subject = _obligations.ObligedSubject(t);
        if (subject < 0)
        {
            return;
        }

        var speakers = statement.Source.Where(a => a.Code is not ("MEDIA" or EventCoder.UnknownCode)).ToImmutableArray();
        var addressees = _mentions.ActorsOf(subject).Where(a => !speakers.Any(s => s.Code == a.Code)).ToImmutableArray();
        if (!speakers.IsEmpty && !addressees.IsEmpty)
        {
            _recorder.Emit(t, Obligation, speakers, addressees, [], null);
        }
    }

    /// <summary>
    /// An argument no mention resolves ("Nigerians", "rebels"): kept with the unknown-actor code "---" (as PETRARCH
    /// writes it) and its words, so that the event is not lost; consumers that need a government drop these.
    /// </summary>
    private ImmutableArray<ActorRef> Unresolved(int head)
    {
        if (_deps.Upos[head] is "PRON" or "DET" or "NUM" || _deps.Upos[head] is not ("NOUN" or "PROPN"))
        {
            return [];
        }

        var (f, e) = _deps.Subtree(head);
        e = Math.Min(e, f + 8);
        return [new ActorRef(EventCoder.UnknownCode, null, null, _doc.Text[_doc.TokenStarts[f].._doc.TokenEnds[e - 1]])];
    }

    /// <summary>
    /// "the tanks of Russian forces that invaded Ukraine": a relative clause on an object or an oblique describes
    /// that noun by an act reported elsewhere; it is background, not a report.
    /// </summary>
    private bool IsRelativeClauseOnAnArgument(int verb)
    {
        int noun = _deps.Head(verb);
        return _deps.Deprels[verb] == "acl:relcl" && noun >= 0 && _deps.BaseRel(noun) is "nmod" or "obl" or "obj";
    }

    /// <summary>
    /// "two men sought in the slaying", "soldiers killed in Ukraine": a bare past participle of a transitive verb on a
    /// noun, with no object of its own (else it is a misparsed finite verb), is passive and the noun its object.
    /// </summary>
    private int ReducedPassiveHead(int t) =>
        _deps.Deprels[t] == "acl" && _doc.Xpos[t] == "VBN" && _deps.Child(t, "nsubj") < 0 && _deps.Child(t, "nsubj:pass") < 0 && _deps.Child(t, "obj") < 0
        && _deps.Head(t) is int h and >= 0 && _deps.Upos[h] is "NOUN" or "PROPN" or "PRON" ? _deps.Head(t) : -1;
}
