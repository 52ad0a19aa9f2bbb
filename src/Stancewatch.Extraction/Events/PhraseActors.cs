using System.Collections.Immutable;
using Stancewatch.Extraction.Actors;
using Stancewatch.Nlp;

namespace Stancewatch.Extraction.Events;

/// <summary>
/// The actors a phrase of a clause names: after a preposition ("to Ukraine", "with President Tokayev"), in its
/// places ("in Almaty and Bishkek"), in the setting of its sentence, or aimed at by an "anti-" adjective.
/// </summary>
internal sealed class PhraseActors
{
    private readonly AnnotatedDocument _doc;
    private readonly DependencyIndex _deps;
    private readonly MentionIndex _mentions;

    public PhraseActors(AnnotatedDocument doc, DependencyIndex deps, MentionIndex mentions)
    {
        _doc = doc;
        _deps = deps;
        _mentions = mentions;
    }

    /// <summary>The countries an "anti-" adjective on <paramref name="noun"/> names ("anti-Russian sanctions").</summary>
    public ImmutableArray<ActorRef> OpposedBy(int noun) =>
        [.. _deps.Children(noun).Where(c => _deps.Deprels[c] == "amod")
            .Select(_mentions.At).OfType<ActorMention>().Where(m => m.Role == ActorMention.OpposedRole).SelectMany(m => m.Actors)];

    /// <summary>Countries of the place names in an argument and its conjuncts ("in Almaty and Bishkek").</summary>
    public IEnumerable<ActorRef> PlacesIn(int head)
    {
        var (first, end) = _deps.Subtree(head);
        return _mentions.Mentions.Where(m => m.Kind == MentionKind.Location && m.FirstToken >= first && m.EndToken <= end).SelectMany(m => m.Actors);
    }

    /// <summary>Countries of places after "in" or "at" inside the verb's adverbials (not its subject, object or clauses).</summary>
    public ImmutableArray<ActorRef> PlacesOfClause(int verb)
    {
        foreach (int c in _deps.Children(verb))
        {
            if (_deps.BaseRel(c) is not ("obl" or "advmod" or "nmod"))
            {
                continue;
            }

            var (first, end) = _deps.Subtree(c);
            var places = _mentions.Mentions
                .Where(m => m.Kind == MentionKind.Location && m.FirstToken >= first && m.EndToken <= end && _deps.CaseOf(m.HeadToken) is "in" or "at")
                .SelectMany(m => m.Actors);
            var found = MentionIndex.Dedupe(places);
            if (!found.IsEmpty)
            {
                return found;
            }
        }

        return [];
    }

    /// <summary>Countries of the places the sentence is set in: place names after "in" or "at" anywhere in it.</summary>
    public IEnumerable<ActorRef> SettingOf(int token)
    {
        var sentence = _doc.Sentence(_doc.SentenceOf(token));
        return _mentions.Mentions
            .Where(m => m.Kind == MentionKind.Location && m.FirstToken >= sentence.FirstToken && m.EndToken <= sentence.EndToken)
            .Where(m => IsPlaceAdverbial(m.HeadToken))
            .SelectMany(m => m.Actors);
    }

    /// <summary>
    /// "In Almaty and Bishkek, ...": a place phrase of the clause (or one that opens the sentence, however it is
    /// attached), not of a noun ("the war in Ukraine").
    /// </summary>
    private bool IsPlaceAdverbial(int head)
    {
        int phrase = _deps.Deprels[head] == "conj" && _deps.Head(head) >= 0 ? _deps.Head(head) : head;
        bool opensSentence = _deps.Subtree(phrase).First == _doc.Sentence(_doc.SentenceOf(phrase)).FirstToken;
        return _deps.CaseOf(phrase) is "in" or "at" && (_deps.BaseRel(phrase) is "obl" or "root" || opensSentence);
    }

    /// <summary>
    /// Actors or places after <paramref name="prep"/> on the verb, else on its object (a passive's subject) or the
    /// object's conjuncts ("sent aid and medical supplies to Ukraine", "evidence against Russia was presented").
    /// </summary>
    public ImmutableArray<ActorRef> AfterPreposition(int verb, string prep)
    {
        var found = Prepositional(verb, prep, allowLocation: true);
        int obj = _deps.Child(verb, "obj") is int o and >= 0 ? o : _deps.Child(verb, "nsubj:pass");
        if (found.IsEmpty && obj >= 0)
        {
            found = Prepositional(obj, prep, allowLocation: true);
            foreach (int c in _deps.Children(obj))
            {
                if (found.IsEmpty && _deps.Deprels[c] == "conj")
                {
                    found = Prepositional(c, prep, allowLocation: true);
                }
            }
        }

        return found;
    }

    /// <summary>
    /// Actors after <paramref name="prep"/> inside another adverbial of the verb, where the parser may hang the phrase
    /// ("spoke by phone with Herzog").
    /// </summary>
    public ImmutableArray<ActorRef> InAdverbial(int verb, string prep)
    {
        foreach (int c in _deps.Children(verb))
        {
            if (_deps.BaseRel(c) == "obl" && _deps.CaseOf(c) != prep && Prepositional(c, prep, allowLocation: false) is { IsEmpty: false } found)
            {
                return found;
            }
        }

        return [];
    }

    /// <summary>
    /// The actors of the first phrase on <paramref name="head"/> that <paramref name="prep"/> introduces and that names
    /// any. An apposition that carries the preposition is such a phrase the parser misread ("a conversation with
    /// President Putin", "Putin" as apposition).
    /// </summary>
    public ImmutableArray<ActorRef> Prepositional(int head, string prep, bool allowLocation)
    {
        foreach (int c in _deps.Children(head))
        {
            string r = _deps.BaseRel(c);
            if (r is not ("obl" or "nmod" or "advcl" or "advmod" or "appos"))
            {
                continue;
            }

            if (_deps.CasesOf(c).Contains(prep, StringComparer.Ordinal) || _deps.Lemmas[c] == prep || OpensWith(c, prep))
            {
                var actors = _mentions.ActorsOf(c, allowLocation);
                if (!actors.IsEmpty)
                {
                    return actors;
                }
            }
        }

        return [];
    }

    /// <summary>
    /// The first actor or place, but <paramref name="exclude"/>, named anywhere in a phrase that one of
    /// <paramref name="prepositions"/> introduces on the verb or its object, else anywhere in the object: "claimed
    /// responsibility for an attack at a mall in Kenya's capital" is about Kenya.
    /// </summary>
    public ImmutableArray<ActorRef> NamedInPhrase(int verb, IEnumerable<string> prepositions, ImmutableArray<ActorRef> exclude)
    {
        int obj = _deps.Child(verb, "obj");
        foreach (int owner in obj >= 0 ? [verb, obj] : new[] { verb })
        {
            foreach (int c in _deps.Children(owner))
            {
                if (_deps.BaseRel(c) is "obl" or "nmod" && _deps.CaseOf(c) is { } prep && prepositions.Contains(prep, StringComparer.Ordinal)
                    && FirstNamedIn(c, exclude) is { } named)
                {
                    return [named];
                }
            }
        }

        return obj >= 0 && FirstNamedIn(obj, exclude) is { } inObject ? [inObject] : [];
    }

    /// <summary>The first actor or place named anywhere in the phrase or clause headed by <paramref name="head"/>, but <paramref name="exclude"/>.</summary>
    public ActorRef? FirstNamedIn(int head, ImmutableArray<ActorRef> exclude)
    {
        var (first, end) = _deps.Subtree(head);
        return _mentions.Mentions
            .Where(m => m.FirstToken >= first && m.EndToken <= end)
            .SelectMany(m => m.Actors)
            .FirstOrDefault(a => a.Code.Length > 0 && !exclude.Any(x => x.Code == a.Code));
    }

    /// <summary>
    /// The parties of a "between A and B" phrase on any of <paramref name="owners"/>, however the parser attached it
    /// ("talks between", "fighting between Ukrainian and Russian forces"); empty unless it names two parties.
    /// </summary>
    public ImmutableArray<ActorRef> Between(params int[] owners)
    {
        foreach (int owner in owners)
        {
            foreach (int c in _deps.Children(owner))
            {
                if ((_deps.CaseOf(c) == "between" || OpensWith(c, "between")) && _mentions.ActorsOf(c) is { Length: >= 2 } parties)
                {
                    return parties;
                }
            }
        }

        return [];
    }

    /// <summary>"with President Tokayev", the preposition parsed onto the title: the phrase still opens with it.</summary>
    private bool OpensWith(int argument, string preposition)
    {
        int first = _deps.Subtree(argument).First;
        // The tagger may take the preposition for a subordinator ("from neighboring Lebanon").
        return first < argument && _deps.Upos[first] is "ADP" or "SCONJ" && _deps.Lemmas[first] == preposition;
    }
}
