using System.Collections.Immutable;
using Stancewatch.Extraction.Actors;
using Stancewatch.Extraction.Lexicons;
using Stancewatch.Nlp;

namespace Stancewatch.Extraction.Events;

/// <summary>
/// Codes events from nouns ("a telephone conversation between", "sanctions against"): actors from the noun's
/// possessor, adjectives and "by" phrase, the light verb that governs it ("had a conversation", "imposed sanctions"),
/// "between A and B", an initiative, the announcer of the act or the place it applies to; and judgements in a quoted
/// predicate ("Russia's operation was a violation").
/// </summary>
internal sealed class NounEventCoder
{
    private readonly EventLexicon _lexicon;
    private readonly AnnotatedDocument _doc;
    private readonly DependencyIndex _deps;
    private readonly MentionIndex _mentions;
    private readonly PhraseActors _phrases;
    private readonly ClauseSubjects _subjects;
    private readonly ModalityReader _modality;
    private readonly PresuppositionReader _presupposition;
    private readonly EventRecorder _recorder;

    public NounEventCoder(EventLexicon lexicon, AnnotatedDocument doc, MentionIndex mentions, PhraseActors phrases, ClauseSubjects subjects, ModalityReader modality, EventRecorder recorder)
    {
        _lexicon = lexicon;
        _doc = doc;
        _deps = mentions.Dependencies;
        _mentions = mentions;
        _phrases = phrases;
        _subjects = subjects;
        _modality = modality;
        _presupposition = new PresuppositionReader(_deps, lexicon);
        _recorder = recorder;
    }

    /// <summary>Codes the noun at <paramref name="t"/>, if a pattern of the lexicon matches it.</summary>
    public void Code(int t)
    {
        if (_deps.Upos[t] is "NOUN" or "PROPN" && _lexicon.TryGetNoun(_deps.Lemmas[t], _doc.Forms[t], out var patterns) && MatchNoun(t, patterns) is { } p)
        {
            CodeNoun(t, p);
        }
    }

    private EventPattern? MatchNoun(int t, ImmutableArray<EventPattern> patterns)
    {
        foreach (var p in patterns)
        {
            if (p.Constraint.IsEmpty)
            {
                return p;
            }

            foreach (int c in _deps.Children(t))
            {
                if (p.Constraint.Contains(_deps.Lemmas[c], StringComparer.Ordinal))
                {
                    return p;
                }
            }
        }

        return null;
    }

    private void CodeNoun(int t, EventPattern p)
    {
        if (p.Flags.HasFlag(EventPatternFlags.Evaluative))
        {
            CodeJudgement(t, p);
            return;
        }

        var sources = ImmutableArray<ActorRef>.Empty;
        int light = -1;
        int head = _deps.Head(t);
        foreach (int c in _deps.Children(t))
        {
            string r = _deps.Deprels[c];
            if (r is "nmod:poss" or "amod" or "compound" || r == "nmod" && _deps.CaseOf(c) == "by")
            {
                var m = _mentions.At(c);
                var actors = r == "nmod" || r == "nmod:poss" ? _mentions.ActorsOf(c) : m is { Kind: not MentionKind.Location } ? m.Actors : [];
                if (!actors.IsEmpty)
                {
                    sources = actors;
                    break;
                }
            }
        }

        // "participate in the sanctions": a light verb whose event noun follows "in".
        bool carriedIn = head >= 0 && _deps.BaseRel(t) == "obl" && _deps.CaseOf(t) == "in" && _lexicon.Is(_deps.Lemmas[head], CueCategory.Light);
        if (head >= 0 && (_deps.BaseRel(t) is "obj" or "nsubj" || carriedIn) && _deps.Upos[head] == "VERB"
            && (p.Type == PloverEvent.AGREE || !JudgesOthersAct(head)) && !_lexicon.Is(_deps.Lemmas[head], CueCategory.Topic))
        {
            light = head;
            if (sources.IsEmpty && (_deps.BaseRel(t) == "obj" || carriedIn))
            {
                int subject = _subjects.IsPassive(head) ? _subjects.Agent(head) : _deps.Child(head, "nsubj");
                if (subject < 0)
                {
                    subject = _subjects.InheritedSubject(head);
                }

                sources = _subjects.SourceActors(subject, head);
            }
            else if (sources.IsEmpty && _deps.Deprels[t] == "nsubj:pass")
            {
                sources = _mentions.ActorsOf(_subjects.Agent(head));
            }
        }

        // "Kyrgyzstan is in close contact with Ukraine": a copular predicate's subject is its source.
        if (sources.IsEmpty && _deps.Child(t, "cop") >= 0 && _deps.Child(t, "nsubj") is int copularSubject and >= 0)
        {
            sources = _subjects.SourceActors(copularSubject, t);
        }

        // "In a telephone conversation with Putin, Modi appealed ...": the setting's other party is the
        // clause's subject.
        if (p.Type == PloverEvent.CONSULT && sources.IsEmpty && head >= 0 && _deps.BaseRel(t) == "obl" && _deps.Upos[head] == "VERB"
            && _deps.CaseOf(t) is { } setting && _lexicon.Is(setting, CueCategory.Setting))
        {
            int subject = _subjects.Subject(head);
            sources = _subjects.SourceActors(subject >= 0 ? subject : _subjects.InheritedSubject(head), head);
        }

        // "between A and B" on the noun, or on the verb it is the subject of ("a conversation took place between").
        var participants = _phrases.Between(light >= 0 ? [t, light] : [t]);

        var targets = ImmutableArray<ActorRef>.Empty;
        foreach (string prep in p.Target)
        {
            targets = _phrases.Prepositional(t, prep, p.Type == PloverEvent.CONSULT);
            if (targets.IsEmpty && light >= 0)
            {
                targets = _phrases.Prepositional(light, prep, p.Type == PloverEvent.CONSULT);
            }

            // "the withdrawal of forces from Panama": the preposition may hang on the noun's "of" complement.
            foreach (int c in _deps.Children(t))
            {
                if (targets.IsEmpty && _deps.BaseRel(c) == "nmod" && _deps.CaseOf(c) == "of")
                {
                    targets = _phrases.Prepositional(c, prep, p.Type == PloverEvent.CONSULT);
                }
            }

            if (!targets.IsEmpty)
            {
                break;
            }
        }

        if (targets.IsEmpty)
        {
            targets = _phrases.OpposedBy(t);
        }

        // "The telephone conversation took place on the initiative of Tashkent": a definite consultation
        // without participants is the one reported before it, and its initiator is the source.
        int[] owners = light >= 0 ? [t, light] : [t];
        if (p.Type == PloverEvent.CONSULT && sources.IsEmpty && participants.IsEmpty && targets.IsEmpty && IsDefinite(t)
            && _deps.BaseRel(t) == "nsubj")
        {
            participants = LastConsultationBefore(_doc.TokenStarts[t]);
        }

        var initiator = Initiator(owners);
        if (!initiator.IsEmpty && participants.Any(x => initiator.Any(i => i.Code == x.Code)))
        {
            sources = initiator;
        }

        if (sources.IsEmpty && participants.IsEmpty)
        {
            sources = Announcer(t);
        }

        if (targets.IsEmpty && participants.IsEmpty && !sources.IsEmpty && p.Type == PloverEvent.ASSAULT)
        {
            // "the launch of an operation aimed at Ukraine": the phrase the noun completes names the target too.
            targets = FirstInSubtree(t, sources);
            if (targets.IsEmpty && _deps.CaseOf(t) == "of" && head >= 0 && _lexicon.Is(_deps.Lemmas[head], CueCategory.Light))
            {
                targets = FirstInSubtree(head, sources);
            }
        }

        // "held military exercises in Belarus": with no other party, the place where the act applies (not the
        // venue of a meeting, unless the meeting is refused: "refrain from the summit in Switzerland" rejects its
        // host; not the place of a threat).
        if (targets.IsEmpty && participants.IsEmpty && !sources.IsEmpty
            && (p.Type is not (PloverEvent.THREATEN or PloverEvent.CONSULT) || p.Type == PloverEvent.CONSULT && _modality.Read(t).Refused))
        {
            var places = _phrases.PlacesOfClause(t);
            places = places.IsEmpty && light >= 0 ? _phrases.PlacesOfClause(light) : places;
            targets = [.. places.Where(a => !sources.Any(s => s.Code == a.Code))];
        }

        _recorder.Emit(t, p, sources, targets, participants, _recorder.Location(light >= 0 ? light : t), presupposed: _presupposition.IsPresupposed(t));
    }

    /// <summary>
    /// "Russia condemned the protests", "China welcomed the talks": a verb that is an event of its own and no light
    /// verb acts on the noun's event; its subject is not the noun's agent (but is a party to an agreement it
    /// endorses or rejects).
    /// </summary>
    private bool JudgesOthersAct(int verb) =>
        !_lexicon.Is(_deps.Lemmas[verb], CueCategory.Light) && _lexicon.TryGetVerb(_deps.Lemmas[verb], _doc.Forms[verb], out var patterns)
        && patterns.Any(x => x.Constraint.IsEmpty && x.Type is PloverEvent.DISAPPROVE or PloverEvent.SUPPORT or PloverEvent.REJECT or PloverEvent.DEMAND);

    /// <summary>
    /// "Guterres said that Russia's operation was in violation of UN principles": a judgement in a predicate,
    /// inside a statement, is the speaker's act toward the agent of the subject.
    /// </summary>
    private void CodeJudgement(int t, EventPattern p)
    {
        if (_deps.Child(t, "cop") < 0 || _recorder.Enclosing(t) is not { } statement)
        {
            return;
        }

        var sources = statement.Source.Where(a => a.Code is not ("MEDIA" or EventCoder.UnknownCode)).ToImmutableArray();
        var targets = _mentions.ActorsOf(_deps.Child(t, "nsubj")).Where(a => !sources.Any(s => s.Code == a.Code)).ToImmutableArray();
        if (!sources.IsEmpty && !targets.IsEmpty)
        {
            _recorder.Emit(t, p, sources, targets, [], null);
        }
    }

    private bool IsDefinite(int noun) =>
        _deps.Children(noun).Any(c => _deps.Deprels[c] == "det" && _deps.Lemmas[c] is "the" or "this" or "that");

    private ImmutableArray<ActorRef> LastConsultationBefore(int offset)
    {
        var last = _recorder.Events.LastOrDefault(e => e.Type == PloverEvent.CONSULT && e.Target.Length == 1 && e.Evidence.Start < offset);
        return last is null ? [] : MentionIndex.Dedupe([last.Source[0], last.Target[0]]);
    }

    /// <summary>X in "on the initiative of X" or "at X's initiative" on any of the owners.</summary>
    private ImmutableArray<ActorRef> Initiator(int[] owners)
    {
        foreach (int owner in owners)
        {
            foreach (int c in _deps.Children(owner))
            {
                if (_deps.BaseRel(c) is "obl" or "nmod" && _deps.Lemmas[c] == "initiative")
                {
                    return _mentions.ActorsOf(c);
                }
            }
        }

        return [];
    }

    /// <summary>"X announced the launch of an operation": the announcer of an act is its agent.</summary>
    private ImmutableArray<ActorRef> Announcer(int t)
    {
        int child = t;
        int guard = 0;
        for (int h = _deps.Head(t); h >= 0 && guard++ < 4; child = h, h = _deps.Head(h))
        {
            if (_deps.BaseRel(child) is not ("obj" or "nmod" or "xcomp"))
            {
                return [];
            }

            if (_lexicon.Is(_deps.Lemmas[h], CueCategory.Performative))
            {
                return _recorder.StatementsByToken.TryGetValue(h, out var s)
                    ? s.Source.Where(a => a.Code != "MEDIA").ToImmutableArray()
                    : _subjects.SourceActors(_subjects.Subject(h), h);
            }
        }

        return [];
    }

    private ImmutableArray<ActorRef> FirstInSubtree(int t, ImmutableArray<ActorRef> exclude)
    {
        var (first, end) = _deps.Subtree(t);
        for (int i = first; i < end; i++)
        {
            var m = _mentions.At(i);
            if (m != null && m.Kind != MentionKind.Location && m.Actors.Any(a => !exclude.Any(e => e.Code == a.Code)))
            {
                return [.. m.Actors.Where(a => !exclude.Any(e => e.Code == a.Code))];
            }
        }

        return [];
    }
}
