using System.Collections.Immutable;
using System.Globalization;
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
/// </summary>
public sealed class EventCoder
{
    private static readonly EventPattern Obligation = new()
    {
        Lemma = "must", Type = PloverEvent.DEMAND, Cameo = "100", Origin = "cues.tsv:obligation",
    };

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
        var run = new Run(this, document, mentions, statements, dates, context);
        return run.Execute();
    }

    private sealed class Run
    {
        private readonly EventLexicon _lexicon;
        private readonly AnnotatedDocument _doc;
        private readonly DependencyIndex _deps;
        private readonly MentionIndex _mentions;
        private readonly ImmutableArray<Event> _statements;
        private readonly Dictionary<int, Event> _statementAt = [];
        private readonly DateResolution _dates;
        private readonly ExtractionContext _context;
        private readonly ModalityReader _modality;
        private readonly PresuppositionReader _presupposition;
        private readonly ObligationReader _obligations;
        private readonly HashSet<int> _consumed = [];
        private readonly List<Event> _events = [];
        private readonly PhraseActors _phrases;
        private readonly ClauseSubjects _subjects;
        private readonly ClauseTargets _targets;

        public Run(EventCoder owner, AnnotatedDocument doc, MentionIndex mentions, ImmutableArray<Event> statements, DateResolution dates, ExtractionContext context)
        {
            _lexicon = owner._lexicon;
            _doc = doc;
            _deps = mentions.Dependencies;
            _mentions = mentions;
            _statements = statements.IsDefault ? [] : statements;
            _dates = dates;
            _context = context;
            _modality = new ModalityReader(_deps, _lexicon);
            _presupposition = new PresuppositionReader(_deps, _lexicon);
            _obligations = new ObligationReader(_deps, _lexicon);
            _phrases = new PhraseActors(doc, _deps, mentions);
            _subjects = new ClauseSubjects(doc, _deps, mentions, _lexicon, _phrases);
            _targets = new ClauseTargets(doc, _deps, mentions, _lexicon, _phrases, _events);
            foreach (var s in _statements)
            {
                int token = s.TriggerRange is { } r ? doc.TokenStarts.AsSpan().BinarySearch(r.Start) : -1;
                if (token >= 0)
                {
                    _statementAt.TryAdd(token, s);
                }
            }
        }

        public ImmutableArray<Event> Execute()
        {
            if (!_doc.Has(AnnotationLayers.Dependencies))
            {
                return [];
            }

            for (int t = 0; t < _doc.TokenCount; t++)
            {
                if (_deps.Upos[t] == "VERB" && _lexicon.TryGetVerb(_deps.Lemmas[t], _doc.Forms[t], out var patterns))
                {
                    var p = MatchVerb(t, patterns);
                    if (p != null)
                    {
                        CodeVerb(t, p);
                    }
                }
            }

            foreach (var (token, statement) in _statementAt)
            {
                CodeObligation(token, statement);
            }

            for (int t = 0; t < _doc.TokenCount; t++)
            {
                if (_deps.Upos[t] is "NOUN" or "PROPN" && !_consumed.Contains(t) && _lexicon.TryGetNoun(_deps.Lemmas[t], _doc.Forms[t], out var patterns))
                {
                    var p = MatchNoun(t, patterns);
                    if (p != null)
                    {
                        CodeNoun(t, p);
                    }
                }
            }

            return [.. _events.OrderBy(e => e.Evidence.Start).ThenBy(e => e.Id, StringComparer.Ordinal)];
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

                // A reporting verb with a clause is a statement, not an event of its own.
                if (hasClause && _lexicon.ReportingVerbs.ContainsKey(p.Lemma))
                {
                    return null;
                }

                return p;
            }

            return null;
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

                targets = _targets.TargetOf(t, rel, p, passive);
                if (!targets.IsEmpty)
                {
                    break;
                }
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
            if (p.Flags.HasFlag(EventPatternFlags.Refusal) && targets.All(a => a.Code == UnknownCode) && _deps.Child(t, "obj") is int refused and >= 0)
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
                targets = [.. _phrases.AfterPreposition(t, "in").Where(a => !sources.Any(s => s.Code == a.Code))];

                // A protest is aimed at the government where it takes place, also when the parser hangs the place on
                // another adverbial ("demonstrated on Tuesday in Serbia").
                if (targets.IsEmpty && p.Type == PloverEvent.PROTEST)
                {
                    targets = [.. _phrases.PlacesOfClause(t).Where(a => !sources.Any(s => s.Code == a.Code))];
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
                sources = origin.IsEmpty ? [new ActorRef(UnknownCode, null, null, null)] : origin;
            }

            // A ban or warning with no foreign addressee is aimed at the government's own people.
            // A threat to do something ("threatened to stop the talks") is aimed at whoever that act concerns, not at the public.
            // Only bans and warnings: an arrest or a demolition whose victims we cannot name is not aimed at the public.
            bool banOrWarning = p.Type == PloverEvent.THREATEN || p.Type == PloverEvent.COERCE && p.Cameo is { } c && c.StartsWith("172", StringComparison.Ordinal);
            ownPeople |= targets.IsEmpty && banOrWarning && !HasNamedObject(t) && _deps.Child(t, "xcomp") < 0;
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

            Emit(t, p, sources, targets, participants, Location(t), distributive: ownPeople, presupposed: IsRelativeClauseOnAnArgument(t));
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

        /// <summary>
        /// "Russia condemned the protests", "China welcomed the talks": a verb that is an event of its own and no light
        /// verb acts on the noun's event; its subject is not the noun's agent (but is a party to an agreement it
        /// endorses or rejects).
        /// </summary>
        private bool JudgesOthersAct(int verb) =>
            !_lexicon.Is(_deps.Lemmas[verb], CueCategory.Light) && _lexicon.TryGetVerb(_deps.Lemmas[verb], _doc.Forms[verb], out var patterns)
            && patterns.Any(x => x.Constraint.IsEmpty && x.Type is PloverEvent.DISAPPROVE or PloverEvent.SUPPORT or PloverEvent.REJECT or PloverEvent.DEMAND);

        private bool IsProtestNoun(int token) =>
            _deps.Upos[token] == "NOUN" && _lexicon.TryGetNoun(_deps.Lemmas[token], _doc.Forms[token], out var patterns)
            && patterns.Any(x => x.Type == PloverEvent.PROTEST && x.Constraint.IsEmpty);

        private bool HasNamedObject(int verb)
        {
            int obj = _deps.Child(verb, "obj");
            return obj >= 0 && !_mentions.ActorsOf(obj).IsEmpty;
        }

        /// <summary>
        /// "Guterres said that Russia's operation was in violation of UN principles": a judgement in a predicate,
        /// inside a statement, is the speaker's act toward the agent of the subject.
        /// </summary>
        private void CodeJudgement(int t, EventPattern p)
        {
            if (_deps.Child(t, "cop") < 0 || Enclosing(t) is not { } statement)
            {
                return;
            }

            var sources = statement.Source.Where(a => a.Code is not ("MEDIA" or UnknownCode)).ToImmutableArray();
            var targets = _mentions.ActorsOf(_deps.Child(t, "nsubj")).Where(a => !sources.Any(s => s.Code == a.Code)).ToImmutableArray();
            if (!sources.IsEmpty && !targets.IsEmpty)
            {
                Emit(t, p, sources, targets, [], null);
            }
        }

        /// <summary>"Russia said Sudan must return the helicopter": the speaker demands it of the clause's subject.</summary>
        private void CodeObligation(int t, Event statement)
        {
            int subject = _obligations.ObligedSubject(t);
            if (subject < 0)
            {
                return;
            }

            var speakers = statement.Source.Where(a => a.Code is not ("MEDIA" or UnknownCode)).ToImmutableArray();
            var addressees = _mentions.ActorsOf(subject).Where(a => !speakers.Any(s => s.Code == a.Code)).ToImmutableArray();
            if (!speakers.IsEmpty && !addressees.IsEmpty)
            {
                Emit(t, Obligation, speakers, addressees, [], null);
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
            return [new ActorRef(UnknownCode, null, null, _doc.Text[_doc.TokenStarts[f].._doc.TokenEnds[e - 1]])];
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
            if (head >= 0 && (_deps.BaseRel(t) is "obj" or "nsubj" || carriedIn) && _deps.Upos[head] == "VERB" && (p.Type == PloverEvent.AGREE || !JudgesOthersAct(head)))
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
            bool refusedMeeting = p.Type == PloverEvent.CONSULT && _modality.Read(t).Refused;
            if (targets.IsEmpty && participants.IsEmpty && !sources.IsEmpty && (p.Type is not (PloverEvent.THREATEN or PloverEvent.CONSULT) || refusedMeeting))
            {
                var places = _phrases.PlacesOfClause(t);
                places = places.IsEmpty && light >= 0 ? _phrases.PlacesOfClause(light) : places;
                targets = [.. places.Where(a => !sources.Any(s => s.Code == a.Code))];
            }

            Emit(t, p, sources, targets, participants, Location(light >= 0 ? light : t), presupposed: _presupposition.IsPresupposed(t));
        }

        private void Emit(int t, EventPattern p, ImmutableArray<ActorRef> sources, ImmutableArray<ActorRef> targets, ImmutableArray<ActorRef> participants, string? location, bool distributive = false, bool presupposed = false)
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
                    for (int i = 0; i < participants.Length; i++)
                    {
                        for (int j = i + 1; j < participants.Length; j++)
                        {
                            // "fighting between A and B" goes both ways; a consultation has no direction.
                            pairs.Add((participants[i], participants[j]));
                            if (p.Type != PloverEvent.CONSULT)
                            {
                                pairs.Add((participants[j], participants[i]));
                            }
                        }
                    }
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
                for (int i = 0; i < sources.Length; i++)
                {
                    for (int j = i + 1; j < sources.Length; j++)
                    {
                        pairs.Add((sources[i], sources[j]));
                        if (p.Type != PloverEvent.CONSULT)
                        {
                            pairs.Add((sources[j], sources[i]));
                        }
                    }
                }
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
        /// One party on both sides: the same code, unless the sectors tell two parties of one country apart ("police
        /// arrested opposition activists", "the army fought rebels", "a court jailed a journalist"). The state's own
        /// branches (government, military, legislature) count as one party.
        /// </summary>
        private static bool SameParty(ActorRef a, ActorRef b)
        {
            if (a.Code != b.Code)
            {
                return false;
            }

            static bool State(string? sector) => sector is null or "GOV" or "MIL" or "LEG" or "IGO";
            return a.Sector == b.Sector || State(a.Sector) && State(b.Sector) || a.Code == UnknownCode;
        }

        /// <summary>The same act between the same parties, read the same way, from another word of the sentence.</summary>
        private bool IsCodedAlready(int sentence, PloverEvent type, ActorRef source, ActorRef? target, bool negated, bool hypothetical, ActorRef? claimant) =>
            _events.Any(e => e.Evidence.Sentence == sentence && e.Type == type && e.Negated == negated && e.Hypothetical == hypothetical
                && e.Claimant?.Code == claimant?.Code && e.Source[0].Code == source.Code && e.Source[0].Sector == source.Sector
                && (e.Target.IsEmpty ? target is null : target is not null && e.Target[0].Code == target.Code && e.Target[0].Sector == target.Sector));

        private bool IsDefinite(int noun) =>
            _deps.Children(noun).Any(c => _deps.Deprels[c] == "det" && _deps.Lemmas[c] is "the" or "this" or "that");

        private ImmutableArray<ActorRef> LastConsultationBefore(int offset)
        {
            var last = _events.LastOrDefault(e => e.Type == PloverEvent.CONSULT && e.Target.Length == 1 && e.Evidence.Start < offset);
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
                    return _statementAt.TryGetValue(h, out var s)
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

        private string? Location(int t)
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

        private Event? Enclosing(int t)
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

        /// <summary>
        /// "two men sought in the slaying", "soldiers killed in Ukraine": a bare past participle of a transitive verb on a
        /// noun, with no object of its own (else it is a misparsed finite verb), is passive and the noun its object.
        /// </summary>
        private int ReducedPassiveHead(int t) =>
            _deps.Deprels[t] == "acl" && _doc.Xpos[t] == "VBN" && _deps.Child(t, "nsubj") < 0 && _deps.Child(t, "nsubj:pass") < 0 && _deps.Child(t, "obj") < 0
            && _deps.Head(t) is int h and >= 0 && _deps.Upos[h] is "NOUN" or "PROPN" or "PRON" ? _deps.Head(t) : -1;

    }
}
