using System.Collections.Immutable;
using Stancewatch.Extraction.Actors;
using Stancewatch.Extraction.Lexicons;
using Stancewatch.Nlp;

namespace Stancewatch.Extraction.Events;

/// <summary>
/// Who does what a verb says: its subject (recovered when the parser lost it), the subject it inherits through
/// infinitives, coordination and relative clauses, the agent of a passive, and the actors the subject names.
/// </summary>
internal sealed class ClauseSubjects
{
    private readonly AnnotatedDocument _doc;
    private readonly DependencyIndex _deps;
    private readonly MentionIndex _mentions;
    private readonly EventLexicon _lexicon;
    private readonly PhraseActors _phrases;

    public ClauseSubjects(AnnotatedDocument doc, DependencyIndex deps, MentionIndex mentions, EventLexicon lexicon, PhraseActors phrases)
    {
        _doc = doc;
        _deps = deps;
        _mentions = mentions;
        _lexicon = lexicon;
        _phrases = phrases;
    }

    /// <summary>The noun or name just before <paramref name="token"/>, across a comma; -1 if none.</summary>
    public int NounBefore(int token)
    {
        int p = token - 1;
        if (p >= 0 && _doc.Forms[p] == ",")
        {
            p--;
        }

        return p >= 0 && _deps.Upos[p] is "NOUN" or "PROPN" && _doc.SentenceOf(p) == _doc.SentenceOf(token) ? p : -1;
    }

    /// <summary>
    /// The nominal subject nearest the verb. A misparse can leave two ("EAEU members Kazakhstan and Kyrgyzstan"),
    /// or make a prepositional phrase the subject ("under pressure from Moscow, the government banned"): then
    /// the nearest noun phrase before the verb that no preposition introduces stands in.
    /// </summary>
    public int Subject(int verb)
    {
        int best = -1;
        foreach (int c in _deps.Children(verb))
        {
            if (_deps.Deprels[c] == "nsubj" && (best < 0 || Math.Abs(c - verb) < Math.Abs(best - verb)))
            {
                best = c;
            }
        }

        bool misparsed = best >= 0 && _deps.CaseOf(best) is not null && _deps.Upos[best] is "NOUN" or "PROPN";
        bool missing = best < 0 && _doc.Xpos[verb] is "VBD" or "VBZ" or "VBP";
        if (!misparsed && !missing)
        {
            return best;
        }

        // A finite verb has a subject: "after Russia launched its war", parsed as a prepositional phrase. No
        // coordination lies between them: "membership in the organization, and also supported" is no subject.
        int first = _doc.Sentence(_doc.SentenceOf(verb)).FirstToken;
        for (int i = verb - 1; i >= first && _deps.Upos[i] is not "VERB"; i--)
        {
            string? preposition = _deps.CaseOf(i);
            if (_deps.Upos[i] is "NOUN" or "PROPN" && (preposition is null || _lexicon.Is(preposition, CueCategory.Subordinator))
                && !CoordinatedBetween(i, verb) && !_mentions.ActorsOf(i).IsEmpty)
            {
                return i;
            }
        }

        return best;
    }

    private bool CoordinatedBetween(int from, int to)
    {
        for (int k = from + 1; k < to; k++)
        {
            if (_deps.Upos[k] == "CCONJ")
            {
                return true;
            }
        }

        return false;
    }

    public ImmutableArray<ActorRef> SourceActors(int subject, int verb)
    {
        if (subject < 0)
        {
            return [];
        }

        var actors = _mentions.ActorsOf(subject);
        if (!actors.IsEmpty)
        {
            return ListedWith(subject, _deps.Head(subject) is int owner and >= 0 ? owner : verb) is { IsEmpty: false } listed ? MentionIndex.Dedupe(listed.Concat(actors)) : actors;
        }

        // "the government in Tashkent": a government named by its seat.
        if (_lexicon.Is(_deps.Lemmas[subject], CueCategory.Authority))
        {
            var seat = _deps.Children(subject).Where(c => _deps.BaseRel(c) == "nmod" && _deps.CaseOf(c) is "in" or "of").SelectMany(_phrases.PlacesIn);
            return MentionIndex.Dedupe(seat.Select(a => a with { Sector = "GOV" }));
        }

        bool civilian = _lexicon.Is(_deps.Lemmas[subject], CueCategory.Civilian)
            || _deps.Children(subject).Any(c => _deps.BaseRel(c) == "nmod" && _lexicon.Is(_deps.Lemmas[c], CueCategory.Civilian));
        if (!civilian)
        {
            return [];
        }

        // Civilians act for no government: their country is where they act ("activists demonstrated in Almaty"),
        // or where the sentence is set ("In Almaty and Bishkek, dozens of activists ...").
        var places = new List<ActorRef>();
        foreach (int a in new[] { verb }.Concat(_deps.Ancestors(verb).Take(2)))
        {
            foreach (int c in _deps.Children(a))
            {
                if (_deps.BaseRel(c) == "obl" && _deps.CaseOf(c) is "in" or "at")
                {
                    places.AddRange(_phrases.PlacesIn(c));
                }
            }
        }

        if (places.Count == 0)
        {
            places.AddRange(_phrases.SettingOf(verb));
        }

        return MentionIndex.Dedupe(places.Select(p => p with { Sector = "CVL", Name = null }));
    }

    /// <summary>
    /// "Kazakhstan, Uzbekistan and Kyrgyzstan banned ...", "Vladimir Putin and Nikol Pashinyan held ...", misparsed with
    /// two subjects: another subject of the verb that only a comma or a conjunction separates from this one is part
    /// of the same list.
    /// </summary>
    private ImmutableArray<ActorRef> ListedWith(int subject, int verb)
    {
        var listed = new List<ActorRef>();
        foreach (int c in _deps.Children(verb))
        {
            if (c == subject || _deps.Deprels[c] != "nsubj")
            {
                continue;
            }

            var (first, second) = c < subject ? (c, subject) : (subject, c);
            if (Adjoin(_deps.Subtree(first).End, _deps.Subtree(second).First))
            {
                listed.AddRange(_mentions.ActorsOf(c));
            }
        }

        return [.. listed];
    }

    /// <summary>True when only list punctuation lies between the two phrases, or the second opens with it.</summary>
    private bool Adjoin(int end, int start)
    {
        if (start < end)
        {
            return false;
        }

        for (int t = end; t < start; t++)
        {
            if (!IsListSeparator(_doc.Forms[t]))
            {
                return false;
            }
        }

        return start > end || IsListSeparator(_doc.Forms[start]);
    }

    private static bool IsListSeparator(string form) => form is "," or "and" or "or" or "&";

    /// <summary>The subject a verb shares with the verb that governs it (control, coordination, participles, relative clauses).</summary>
    public int InheritedSubject(int t)
    {
        int guard = 0;
        while (guard++ < 6)
        {
            int h = _deps.Head(t);
            if (h < 0)
            {
                return -1;
            }

            string rel = _deps.Deprels[t];
            if (rel.StartsWith("acl", StringComparison.Ordinal))
            {
                // "reaffirmed his readiness to receive": who is ready is who reaffirms it.
                if (_lexicon.Is(_deps.Lemmas[h], CueCategory.Intention) && _deps.BaseRel(h) == "obj" && _deps.Head(h) is int governor and >= 0)
                {
                    return Subject(governor);
                }

                // "issued a joint statement urging Venezuela to ...": what a statement urges, its issuer urges.
                if (_lexicon.ReportingNouns.ContainsKey(_deps.Lemmas[h]) && _deps.BaseRel(h) == "obj" && _deps.Head(h) is int issuer and >= 0)
                {
                    return Subject(issuer);
                }

                return _deps.Upos[h] is "NOUN" or "PROPN" or "PRON" ? h : -1;
            }

            if (rel is not ("xcomp" or "conj" or "advcl" or "ccomp"))
            {
                return -1;
            }

            if (rel == "ccomp" && _lexicon.ReportingVerbs.ContainsKey(_deps.Lemmas[h]))
            {
                return -1;
            }

            // Object control: "permitted groups to collect aid", "urged Russia to stop" (EWT makes the controller of
            // "ask", "urge", "tell" and "allow" an indirect object); not through an intention ("reaffirmed its
            // readiness to meet", misparsed with the infinitive on the verb).
            int controller = rel == "xcomp" ? (_deps.Child(h, "obj") is int o and >= 0 ? o : _deps.Child(h, "iobj")) : -1;
            if (controller >= 0 && !_lexicon.Is(_deps.Lemmas[controller], CueCategory.Intention))
            {
                return controller;
            }

            // "Obama is being pressured to help Iran", "it is prepared to impose martial law": a passive verb's subject
            // controls its infinitive too.
            int s = IsPassive(h) && _deps.Child(h, "nsubj:pass") is int patient and >= 0 ? patient : _deps.Child(h, "nsubj");
            if (s < 0 && rel == "xcomp" && _deps.Child(h, "expl") is int expletive and >= 0 && _mentions.At(expletive) is not null)
            {
                // "it is willing to withdraw", parsed as an expletive "it": a referring "it" is the subject.
                s = expletive;
            }

            if (s >= 0)
            {
                return s;
            }

            t = h;
        }

        return -1;
    }

    public bool IsPassive(int t) => _deps.Child(t, "nsubj:pass") >= 0 || _deps.Child(t, "aux:pass") >= 0;

    public int Agent(int verb)
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
}
