using System.Collections.Immutable;
using System.Globalization;
using Stancewatch.Extraction.Actors;
using Stancewatch.Extraction.Dates;
using Stancewatch.Extraction.Events;
using Stancewatch.Extraction.Lexicons;
using Stancewatch.Nlp;
using Stancewatch.Text;

namespace Stancewatch.Extraction.Statements;

/// <summary>
/// Turns every reported utterance into a statement (an <see cref="Event"/> coded STATEMENT): reporting verbs
/// ("said", "announced", "told"), "quoted X as saying", "according to X", utterance nouns ("a statement", "the
/// readout"), headline colons ("Tokayev: ...") and dash attributions ("... — the Foreign Minister"), with direct quotes
/// over several sentences and paragraphs, quotes continued after their attribution, and chains (a statement inside
/// another statement's content is reported by it, and the outermost government speaker is its claimant).
/// </summary>
public sealed class StatementAttributor
{
    private static readonly HashSet<string> PublishVerbs = new(StringComparer.Ordinal)
    {
        "make", "issue", "publish", "release", "disseminate", "post", "give", "circulate", "distribute", "read", "send", "deliver", "provide",
    };

    private readonly EventLexicon _lexicon;

    public StatementAttributor(EventLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
    }

    /// <summary>The statements of a document, in text order.</summary>
    public ImmutableArray<Event> Attribute(AnnotatedDocument document, MentionIndex mentions, DateResolution dates, ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(dates);
        ArgumentNullException.ThrowIfNull(context);
        var deps = mentions.Dependencies;
        var run = new Run(this, document, deps, mentions, dates, context);
        return run.Execute();
    }

    private sealed class Draft
    {
        public int Sentence;
        public int FrameToken;
        public string Frame = "";
        public string Trigger = "";
        public ImmutableArray<ActorRef> Speaker = [];
        public ImmutableArray<ActorRef> Target = [];
        public CharRange? Content;
        public bool Direct;
        public Modality Modality;
        public string Id = "";
        public Draft? Parent;
    }

    private sealed class Run
    {
        private readonly StatementAttributor _owner;
        private readonly AnnotatedDocument _doc;
        private readonly DependencyIndex _deps;
        private readonly MentionIndex _mentions;
        private readonly DateResolution _dates;
        private readonly ExtractionContext _context;
        private readonly IReadOnlyList<CharRange> _quotes;
        private readonly ModalityReader _modality;
        private readonly List<Draft> _drafts = [];
        private readonly HashSet<int> _frames = [];

        public Run(StatementAttributor owner, AnnotatedDocument doc, DependencyIndex deps, MentionIndex mentions, DateResolution dates, ExtractionContext context)
        {
            _owner = owner;
            _doc = doc;
            _deps = deps;
            _mentions = mentions;
            _dates = dates;
            _context = context;
            _quotes = QuoteFinder.Find(doc.Text);
            _modality = new ModalityReader(deps, owner._lexicon);
        }

        private EventLexicon Lexicon => _owner._lexicon;

        public ImmutableArray<Event> Execute()
        {
            for (int s = 0; s < _doc.SentenceCount; s++)
            {
                var sentence = _doc.Sentence(s);
                for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
                {
                    Verb(sentence, t);
                    According(sentence, t);
                    Noun(sentence, t);
                }

                HeadlineColon(sentence);
                Dash(sentence);
            }

            ContinuedQuotes();
            ListedStatements();
            QuotesOfThePreviousSubject();
            Nest();
            return [.. _drafts.OrderBy(d => d.FrameToken).Select(ToEvent)];
        }

        private void Verb(Sentence sentence, int t)
        {
            if (_deps.Upos[t] is not ("VERB" or "AUX") && !(_deps.Upos[t] == "NOUN" && _deps.BaseRel(t) == "root")
                || !Lexicon.ReportingVerbs.TryGetValue(_deps.Lemmas[t], out var kind))
            {
                return;
            }

            bool passive = _deps.Child(t, "nsubj:pass") >= 0 || _deps.Child(t, "aux:pass") >= 0;
            if (kind == ReportingKind.Quote)
            {
                // "Khovar quoted Guterres as saying that ..." : Khovar reports, Guterres speaks (the "saying" clause).
                int reporter = passive ? Agent(t) : _deps.Child(t, "nsubj");
                if (reporter < 0)
                {
                    return;
                }

                var (first, end) = _deps.Subtree(t);
                int from = Math.Max(first, _deps.Subtree(reporter).End);
                Add(sentence, t, "quoted", Speaker(reporter), Range(from, end), direct: false);
                return;
            }

            int subject = SpeakerToken(t);
            var content = Content(sentence, t, out bool direct);
            if (subject < 0 && content is null)
            {
                return;
            }

            var speaker = subject >= 0 ? Speaker(subject) : [ActorRef.Media];
            string frame = _deps.Lemmas[t];
            foreach (int c in _deps.Children(t))
            {
                if (_deps.BaseRel(c) == "obl" && Lexicon.ReportingNouns.ContainsKey(_deps.Lemmas[c]))
                {
                    frame += " in " + _deps.Lemmas[c];
                    _frames.Add(c);
                }
            }

            var target = _deps.Lemmas[t] == "tell" || _deps.Lemmas[t] == "inform"
                ? _mentions.ActorsOf(_deps.Child(t, "iobj") >= 0 ? _deps.Child(t, "iobj") : _deps.Child(t, "obj"))
                : [];
            var d = Add(sentence, t, frame, speaker, content, direct);
            d.Target = target;
        }

        private void According(Sentence sentence, int t)
        {
            if (_deps.Lemmas[t] is not ("accord" or "according") || _deps.Deprels[t] != "case")
            {
                return;
            }

            int source = _deps.Head(t);
            if (source < 0)
            {
                return;
            }

            int clause = _deps.Head(source);
            var (sf, se) = _deps.Subtree(source);
            CharRange? content = null;
            if (clause >= 0)
            {
                var (cf, ce) = _deps.Subtree(clause);
                content = sf <= cf ? Range(se, ce) : Range(cf, sf);
            }
            else if (FirstClauseOf(source) is int reported and >= 0)
            {
                // "According to the Kremlin's account, as relayed by Sputnik, Putin briefed ...", parsed with "account"
                // as the root: what follows the source's own words is the account's content.
                content = Range(_deps.Subtree(reported).First, sentence.EndToken);
            }

            Add(sentence, t, "according to", Speaker(source), content, direct: false);
        }

        private int FirstClauseOf(int noun)
        {
            foreach (int c in _deps.Children(noun))
            {
                if (c > noun && _deps.BaseRel(c) is "acl" or "ccomp" or "advcl" or "parataxis" or "conj" && _deps.Upos[c] == "VERB")
                {
                    return c;
                }
            }

            return -1;
        }

        private void Noun(Sentence sentence, int t)
        {
            if (_deps.Upos[t] != "NOUN" || !Lexicon.ReportingNouns.TryGetValue(_deps.Lemmas[t], out var kind) || kind != ReportingKind.Noun || _frames.Contains(t))
            {
                return;
            }

            int head = _deps.Head(t);
            string rel = _deps.BaseRel(t);
            if (head >= 0 && rel == "nsubj" && Lexicon.ReportingVerbs.ContainsKey(_deps.Lemmas[head]))
            {
                return;
            }

            if (head >= 0 && rel == "obl" && Lexicon.ReportingVerbs.ContainsKey(_deps.Lemmas[head]))
            {
                return;
            }

            var speaker = ImmutableArray<ActorRef>.Empty;
            foreach (int c in _deps.Children(t))
            {
                string r = _deps.Deprels[c];
                if (r is "nmod:poss" or "compound" or "amod" || r == "nmod" && _deps.CaseOf(c) is "by" or "of" or "from")
                {
                    speaker = _mentions.ActorsOf(c);
                    if (!speaker.IsEmpty)
                    {
                        break;
                    }
                }
            }

            if (speaker.IsEmpty && head >= 0 && PublishVerbs.Contains(_deps.Lemmas[head]))
            {
                int subject = rel == "obj" ? SpeakerToken(head) : _deps.Deprels[t] == "nsubj:pass" ? Agent(head) : -1;
                if (subject >= 0)
                {
                    speaker = _mentions.ActorsOf(subject);
                }
            }

            if (speaker.IsEmpty)
            {
                return;
            }

            CharRange? content = null;
            foreach (int c in _deps.Children(t))
            {
                string r = _deps.BaseRel(c);
                if (r is "acl" or "ccomp" || r == "nmod" && _deps.CaseOf(c) is "on" or "about" or "regarding" or "concerning" or "over")
                {
                    var (f, e) = _deps.Subtree(c);
                    content = Range(f, e);
                    break;
                }
            }

            content ??= QuoteAfterColon(sentence);
            bool direct = content is { } cr && _quotes.Any(q => q.Contains(cr) || cr.Contains(q));
            Add(sentence, t, _deps.Lemmas[t], speaker, content, direct);
        }

        private void HeadlineColon(Sentence sentence)
        {
            int limit = Math.Min(sentence.EndToken, sentence.FirstToken + 7);
            for (int t = sentence.FirstToken + 1; t < limit; t++)
            {
                if (_doc.Forms[t] != ":")
                {
                    continue;
                }

                for (int k = sentence.FirstToken; k < t; k++)
                {
                    if (_deps.Upos[k] is "VERB" || _frames.Contains(k) || _drafts.Any(d => d.FrameToken == k))
                    {
                        return;
                    }
                }

                var m = _mentions.At(sentence.FirstToken);
                if (m is null || m.Actors.IsEmpty || m.Kind == MentionKind.Location || m.EndToken < t - 1 || t + 1 >= sentence.EndToken)
                {
                    return;
                }

                var content = new CharRange(_doc.TokenStarts[t + 1], sentence.End);
                Add(sentence, t, "headline colon", m.Actors, Extend(content), direct: true);
                return;
            }
        }

        private void Dash(Sentence sentence)
        {
            for (int t = Math.Max(sentence.FirstToken + 2, sentence.EndToken - 8); t < sentence.EndToken - 1; t++)
            {
                if (_doc.Forms[t] is not ("—" or "–" or "-" or "--"))
                {
                    continue;
                }

                var m = _mentions.At(t + 1);
                if (m is null || m.Kind is not (MentionKind.Person or MentionKind.Role) || m.Actors.IsEmpty)
                {
                    return;
                }

                for (int k = t + 1; k < sentence.EndToken; k++)
                {
                    if (_deps.Upos[k] is "VERB" or "AUX")
                    {
                        return;
                    }
                }

                var content = new CharRange(sentence.Start, _doc.TokenStarts[t]);
                Add(sentence, t, "dash attribution", m.Actors, content, direct: _quotes.Any(q => q.Overlaps(content)));
                return;
            }
        }

        /// <summary>A quote that no frame claims, coming right after a direct statement, continues it.</summary>
        private void ContinuedQuotes()
        {
            foreach (var q in _quotes)
            {
                if (_drafts.Any(d => d.Content is { } c && c.Overlaps(q)))
                {
                    continue;
                }

                int first = TokenAt(q.Start);
                if (first < 0)
                {
                    continue;
                }

                int sentence = _doc.SentenceOf(first);
                var previous = _drafts.Where(d => d.Direct && d.Content is { } c && c.End <= q.Start && sentence - d.Sentence is >= 0 and <= 2)
                    .OrderByDescending(d => d.Content!.Value.End).FirstOrDefault();
                if (previous is null || _doc.Text.AsSpan(previous.Content!.Value.End, q.Start - previous.Content.Value.End).ToString().Any(char.IsLetter) && sentence - previous.Sentence > 1)
                {
                    continue;
                }

                var d = Add(_doc.Sentence(sentence), first, previous.Frame, previous.Speaker, q, direct: true);
                d.Trigger = "quote continued";
                d.Modality = default;
            }
        }

        /// <summary>
        /// "What else did the Prime Minister say:" followed by bullet points: each point is the speaker's own words,
        /// up to the first line that is not a point.
        /// </summary>
        private void ListedStatements()
        {
            foreach (var d in _drafts.Where(d => d.Content is not null && _doc.Sentence(d.Sentence).Text.TrimEnd().EndsWith(':')).ToList())
            {
                for (int s = d.Sentence + 1; s < _doc.SentenceCount && IsListPoint(_doc.Sentence(s)); s++)
                {
                    var point = _doc.Sentence(s);
                    var range = new CharRange(point.Start, point.End);
                    if (_drafts.Any(o => o.Sentence == s || o.Content is { } c && c.Overlaps(range)))
                    {
                        continue;
                    }

                    var listed = Add(point, point.FirstToken, d.Frame, d.Speaker, range, direct: true);
                    listed.Trigger = "list point";
                    listed.Modality = default;
                }
            }
        }

        private static bool IsListPoint(Sentence sentence) => sentence.Text.TrimStart() is [var c, ..] && c is '●' or '•' or '▪' or '◦' or '-' or '*' or '–';

        /// <summary>
        /// 'Zelensky thanked Tokayev. "I had a call with him ..."': a quoted paragraph in the first person that no
        /// frame claims is the words of the person the sentence just before it is about.
        /// </summary>
        private void QuotesOfThePreviousSubject()
        {
            foreach (var q in _quotes)
            {
                int first = TokenAt(q.Start);
                if (first < 0 || _drafts.Any(d => d.Content is { } c && c.Overlaps(q)) || !OpensParagraph(q.Start) || !InFirstPerson(first, q))
                {
                    continue;
                }

                int sentence = _doc.SentenceOf(first);
                if (sentence == 0 || _doc.Sentence(sentence - 1) is var before && before.EndToken > first)
                {
                    continue;
                }

                var speaker = before.Roots().Select(r => _deps.Child(r.Index, "nsubj")).Where(n => n >= 0)
                    .Select(n => _mentions.At(n)).FirstOrDefault(m => m is { Kind: MentionKind.Person, Actors.Length: 1 });
                if (speaker is not null)
                {
                    var d = Add(_doc.Sentence(sentence), first, "quote after its speaker", speaker.Actors, q, direct: true);
                    d.Trigger = "quote";
                    d.Modality = default;
                }
            }
        }

        private bool OpensParagraph(int offset)
        {
            int i = offset - 1;
            while (i >= 0 && _doc.Text[i] is ' ' or '\t')
            {
                i--;
            }

            return i < 0 || _doc.Text[i] is '\n' or '\r';
        }

        private bool InFirstPerson(int first, CharRange quote)
        {
            for (int t = first; t < _doc.TokenCount && _doc.TokenStarts[t] < quote.End; t++)
            {
                if (QuotedFirstPerson.IsFirstPerson(_doc, t))
                {
                    return true;
                }
            }

            return false;
        }

        private void Nest()
        {
            foreach (var d in _drafts)
            {
                int at = _doc.TokenStarts[d.FrameToken];
                d.Parent = _drafts.Where(o => o != d && o.Content is { } c && c.Start <= at && at < c.End && !(d.Content is { } dc && dc.Contains(c)))
                    .OrderBy(o => o.Content!.Value.Length).FirstOrDefault();
            }
        }

        private Event ToEvent(Draft d)
        {
            var sentence = _doc.Sentence(d.Sentence);
            var chain = new List<Draft>();
            for (var p = d; p != null && chain.Count < 8; p = p.Parent)
            {
                chain.Add(p);
            }

            var claimant = chain.AsEnumerable().Reverse().Select(p => p.Speaker.FirstOrDefault()).FirstOrDefault(a => a != null && a.Code != "MEDIA")
                ?? d.Speaker.FirstOrDefault() ?? ActorRef.Media;
            string? content = d.Content is { } c ? Clip(_doc.Text[c.Start..c.End]) : null;
            return new Event
            {
                Id = d.Id,
                Type = PloverEvent.STATEMENT,
                Source = d.Speaker,
                Target = d.Target,
                Claimant = claimant,
                Frame = d.Frame,
                Trigger = d.Trigger,
                TriggerRange = new CharRange(_doc.TokenStarts[d.FrameToken], _doc.TokenEnds[d.FrameToken]),
                Content = content,
                ContentRange = d.Content,
                ReportedBy = d.Parent?.Id,
                Mode = d.Direct ? "quote" : "indirect",
                Negated = d.Modality.Negated,
                Hypothetical = d.Modality.Hypothetical,
                Denied = d.Modality.Denied,
                Uncertain = d.Modality.Uncertain,
                Date = EventDates.DateOf(_deps, _dates, d.FrameToken),
                Evidence = new Evidence(_context.DocumentId, d.Sentence, sentence.Start, sentence.End, sentence.Text),
            };
        }

        private Draft Add(Sentence sentence, int frameToken, string frame, ImmutableArray<ActorRef> speaker, CharRange? content, bool direct)
        {
            var d = new Draft
            {
                Sentence = sentence.Index,
                FrameToken = frameToken,
                Frame = frame,
                Trigger = _doc.Forms[frameToken],
                Speaker = speaker.IsEmpty ? [ActorRef.Media] : speaker,
                Content = content,
                Direct = direct,
                Modality = _modality.Read(frameToken),
                Id = string.Create(CultureInfo.InvariantCulture, $"{_context.DocumentId}/s{sentence.Index}.{frameToken}.{_drafts.Count}"),
            };
            _drafts.Add(d);
            return d;
        }

        private int SpeakerToken(int verb)
        {
            bool passive = _deps.Child(verb, "nsubj:pass") >= 0 || _deps.Child(verb, "aux:pass") >= 0;
            if (passive)
            {
                int agent = Agent(verb);
                if (agent >= 0)
                {
                    return agent;
                }
            }

            foreach (int c in _deps.Children(verb))
            {
                if (_deps.Deprels[c] == "nsubj")
                {
                    return c;
                }
            }

            int head = _deps.Head(verb);
            string rel = _deps.BaseRel(verb);
            if (head < 0)
            {
                return -1;
            }

            if (rel is "advcl" or "xcomp" && Lexicon.ReportingVerbs.TryGetValue(_deps.Lemmas[head], out var k) && k == ReportingKind.Quote)
            {
                int pass = _deps.Child(head, "nsubj:pass");
                return pass >= 0 ? pass : _deps.Child(head, "obj");
            }

            // "quoted X as saying" with "as saying" attached to the quoted person's name: the name is the speaker.
            if (rel is "advcl" or "acl" && _deps.Upos[head] is "PROPN" or "NOUN" && _deps.CaseOf(verb) == "as")
            {
                return head;
            }

            return rel is "conj" or "xcomp" or "advcl" ? SpeakerToken(head) : -1;
        }

        private int Agent(int verb)
        {
            foreach (int c in _deps.Children(verb))
            {
                if (_deps.Deprels[c] == "obl:agent" || _deps.BaseRel(c) == "obl" && _deps.CaseOf(c) == "by")
                {
                    return c;
                }
            }

            return -1;
        }

        private ImmutableArray<ActorRef> Speaker(int token)
        {
            var actors = _mentions.ActorsOf(token);
            if (!actors.IsEmpty)
            {
                return actors;
            }

            var (f, e) = _deps.Subtree(token);
            e = Math.Min(e, f + 8);
            string text = _doc.Text[_doc.TokenStarts[f].._doc.TokenEnds[e - 1]];
            return [new ActorRef("MEDIA", null, null, text)];
        }

        private CharRange? Content(Sentence sentence, int verb, out bool direct)
        {
            direct = false;
            CharRange? content = null;
            int ccomp = _deps.Child(verb, "ccomp");
            if (ccomp >= 0)
            {
                var (f, e) = _deps.Subtree(ccomp);
                content = Range(f, e);
            }
            else if (_deps.BaseRel(verb) == "parataxis" && _deps.Head(verb) >= 0)
            {
                var (vf, ve) = _deps.Subtree(verb);
                content = vf > sentence.FirstToken ? Range(sentence.FirstToken, vf) : Range(ve, sentence.EndToken);
            }
            else if (_deps.Child(verb, "obj") is int obj and >= 0 && _deps.Lemmas[verb] is not ("tell" or "inform"))
            {
                var (f, e) = _deps.Subtree(obj);
                content = Range(f, e);
            }
            else
            {
                foreach (int c in _deps.Children(verb))
                {
                    if (_deps.BaseRel(c) == "obl" && _deps.CaseOf(c) is "on" or "about" or "regarding" or "over")
                    {
                        var (f, e) = _deps.Subtree(c);
                        content = Range(f, e);
                        break;
                    }
                }
            }

            // A quote in the same sentence that the frame word stands outside of is the content (all of it).
            int at = _doc.TokenStarts[verb];
            foreach (var q in _quotes)
            {
                if (q.Overlaps(sentence.Range) && !(q.Start <= at && at < q.End))
                {
                    direct = true;
                    return content is { } c && !c.Overlaps(q) && c.End <= q.Start ? new CharRange(c.Start, q.End) : q;
                }
            }

            if (content is null || _doc.Forms[sentence.EndToken - 1] == ":")
            {
                var after = QuoteAfterColon(sentence);
                if (after is not null)
                {
                    direct = true;
                    return after;
                }
            }

            return content is { } cc ? Extend(cc) : null;
        }

        /// <summary>After "X said:" the next quote (or the next sentence) is the content.</summary>
        private CharRange? QuoteAfterColon(Sentence sentence)
        {
            if (_doc.Forms[sentence.EndToken - 1] != ":" || sentence.Index + 1 >= _doc.SentenceCount)
            {
                return null;
            }

            var next = _doc.Sentence(sentence.Index + 1);
            foreach (var q in _quotes)
            {
                if (q.Start >= sentence.End && q.Start <= next.Start + 2)
                {
                    return q;
                }
            }

            return next.Range;
        }

        /// <summary>A content that opens a quote running past the sentence takes the whole quote.</summary>
        private CharRange Extend(CharRange content)
        {
            foreach (var q in _quotes)
            {
                if (q.Overlaps(content) && q.End > content.End)
                {
                    return new CharRange(Math.Min(q.Start, content.Start), q.End);
                }
            }

            return content;
        }

        private CharRange? Range(int first, int end) =>
            first < end ? new CharRange(_doc.TokenStarts[first], _doc.TokenEnds[end - 1]) : null;

        private int TokenAt(int offset)
        {
            int i = _doc.TokenStarts.AsSpan().BinarySearch(offset);
            if (i < 0)
            {
                i = ~i;
            }

            return i < _doc.TokenCount ? i : -1;
        }

        private static string Clip(string text) => text.Length <= 1000 ? text : text[..1000];
    }
}
