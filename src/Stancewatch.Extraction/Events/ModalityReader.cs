using Stancewatch.Extraction.Lexicons;

namespace Stancewatch.Extraction.Events;

/// <summary>
/// Reads negation, hypotheticals, denial and hedges around a trigger token from the parse and the cue lexicon:
/// dependents of the trigger (auxiliaries, "not", "no", "without", "if"), the verbs that govern it through
/// complement and coordination links (refuse to, plan to, urge to, deny that), and hedges anywhere up its clause chain.
/// </summary>
internal sealed class ModalityReader
{
    private readonly DependencyIndex _deps;
    private readonly EventLexicon _lexicon;

    public ModalityReader(DependencyIndex deps, EventLexicon lexicon)
    {
        _deps = deps;
        _lexicon = lexicon;
    }

    public Modality Read(int trigger)
    {
        bool negated = false, hypothetical = false, denied = false, uncertain = false, intent = false, refused = false, conditional = false;
        string? cue = null;

        void Note(string c) => cue ??= c;

        // Own dependents of the trigger, and of the light verb or adjective that carries a noun trigger.
        foreach (int t in Carriers(trigger))
        {
            if (IsClauseOfNegativePronoun(t))
            {
                negated = true;
                Note(_deps.Lemmas[_deps.Head(t)]);
            }

            foreach (int c in _deps.Children(t))
            {
                string lemma = _deps.Lemmas[c];
                string rel = _deps.Deprels[c];
                if ((rel is "advmod" or "neg" or "advmod:neg" or "det" or "aux") && _lexicon.Is(lemma, CueCategory.Negation)
                    || rel is "det" && _lexicon.Is(lemma, CueCategory.NegDet)
                    || rel is "cc" && lemma is "nor" or "neither"
                    || rel is "aux" && _deps.Child(c, "cc") is int cc and >= 0 && _deps.Lemmas[cc] is "nor")
                {
                    negated = true;
                    Note(lemma);
                }
                else if (rel is "mark" or "case" && _lexicon.Is(lemma, CueCategory.Without))
                {
                    negated = true;
                    Note(lemma);
                }
                else if (rel is "aux" && (_lexicon.Is(lemma, CueCategory.Future) || _lexicon.Is(lemma, CueCategory.Modal)))
                {
                    hypothetical = true;
                    intent |= _lexicon.Is(lemma, CueCategory.Future) || lemma is "would";
                    Note(lemma);
                }
                else if (rel is "mark" && _lexicon.Is(lemma, CueCategory.Conditional))
                {
                    hypothetical = true;
                    conditional = true;
                    Note(lemma);
                }
                else if (rel is "advmod" or "amod" && _lexicon.Is(lemma, CueCategory.Uncertainty))
                {
                    uncertain = true;
                }
                else if (rel.StartsWith("nsubj", StringComparison.Ordinal) && (_lexicon.Is(lemma, CueCategory.NegDet) || HasNegDet(c) || FollowsNegDet(c)))
                {
                    negated = true;
                    Note(lemma);
                }
            }
        }

        // Governing verbs: complement and coordination links up to the first reporting verb.
        int child = trigger;
        int guard = 0;
        for (int h = _deps.Head(trigger); h >= 0 && guard++ < 12; child = h, h = _deps.Head(h))
        {
            string rel = _deps.BaseRel(child);
            string lemma = _deps.Lemmas[h];
            // "wary of endorsing", "refrained from condemning": a gerund complement after "of" or "from".
            bool gerund = rel == "advcl" && _deps.CaseOf(child) is "of" or "from";
            // "readiness to receive", "demands for the authorities upon withdrawing": a clause completing a noun.
            bool nounComplement = rel == "acl" && _deps.Upos[h] == "NOUN" && (_deps.CaseOf(child) == "to" || _deps.Document.Xpos[child] == "VBG" && _deps.CaseOf(child) is not null);
            bool complement = rel is "xcomp" or "ccomp" or "csubj" || rel == "advcl" && _deps.CaseOf(child) == "to" || gerund || nounComplement;
            // "refused to join", "wary of endorsing", "rejecting anti-Russian sanctions": the refused act did not happen.
            bool refusedNoun = rel == "obj" && _deps.Upos[child] is "NOUN" && child == trigger && !HasOwnActor(child);
            bool reluctant = _lexicon.Is(lemma, CueCategory.Reluctance);
            bool intention = IsIntention(h);
            if ((complement || refusedNoun) && (reluctant || _lexicon.Is(lemma, CueCategory.Refusal)) && (rel == "xcomp" || gerund || refusedNoun))
            {
                negated = true;
                refused = !reluctant;
                Note(lemma);
            }
            else if (rel == "xcomp" && _lexicon.Is(lemma, CueCategory.Decision) && IsNegated(child))
            {
                // "decided not to join": the decision is a refusal of the act.
                negated = true;
                refused = true;
                Note(lemma);
            }
            else if (complement && _lexicon.Is(lemma, CueCategory.Denial))
            {
                denied = true;
                Note(lemma);
            }
            else if (rel is "acl" or "ccomp" && IsDeniedReport(h))
            {
                // "denied reports that it had supplied weapons": the content of a report the speaker denies.
                denied = true;
                Note(_deps.Lemmas[_deps.Head(h)]);
            }
            else if (complement && (intention || _lexicon.Is(lemma, CueCategory.Demand)))
            {
                hypothetical = true;
                // "plans to", "wants to", "is going to", "is prepared to" (tagged as a passive): the subject's own
                // intention; "wants Putin to" is a wish for another's act.
                intent |= intention && (_deps.Upos[h] is "ADJ" or "AUX" or "NOUN" || _deps.Child(h, "aux:pass") >= 0)
                    || (lemma is "plan" or "intend" or "want" or "seek" or "aim" || IsGoingTo(h)) && _deps.Child(h, "obj") < 0;
                // "is not going to participate", "does not plan to join": the intention is negated, and so the act.
                negated |= intention && IsNegated(h);
                Note(lemma);
            }
            else if (rel == "xcomp" && IntentionObjectBefore(h, child) is int noun)
            {
                // "reaffirmed his readiness to receive ...", parsed with the infinitive on the verb, not the noun.
                hypothetical = true;
                intent = true;
                Note(_deps.Lemmas[noun]);
            }
            else if (rel is "advcl" or "acl" && _deps.CaseOf(child) == "against" && _deps.Document.Xpos[child] == "VBG")
            {
                // "warned citizens against joining foreign armies", "voted against imposing sanctions".
                hypothetical = true;
                Note("against");
            }
            else if (rel == "advcl" && _deps.CaseOf(child) == "to" && _deps.Upos[child] is "VERB")
            {
                // "pressured Obama to help Iran", "sent envoys to mediate": a purpose, not an act.
                hypothetical = true;
                Note("to");
            }
            else if (rel == "xcomp" && HasAux(h, out string aux))
            {
                hypothetical = true;
                intent |= _lexicon.Is(aux, CueCategory.Future) || aux is "would";
                Note(aux);
            }

            foreach (int c in _deps.Children(h))
            {
                if (_deps.Deprels[c] is "advmod" && _lexicon.Is(_deps.Lemmas[c], CueCategory.Uncertainty))
                {
                    uncertain = true;
                }
                else if (_deps.Deprels[c] is "cc" && _deps.Lemmas[c] is "nor" && _deps.Upos[h] is "AUX")
                {
                    // "nor has it joined", parsed with the auxiliary as the clause's head.
                    negated = true;
                    Note("nor");
                }
            }

            if (_lexicon.ReportingVerbs.ContainsKey(lemma) && rel is "ccomp" or "parataxis")
            {
                break;
            }

            if (rel is not ("xcomp" or "conj" or "advcl" or "ccomp" or "obj" or "nmod" or "obl" or "acl" or "csubj" or "nsubj"))
            {
                break;
            }
        }

        // "whether we will impose sanctions": an intention under a condition commits to nothing.
        return new Modality(negated, hypothetical, denied, uncertain, intent && !conditional, refused, cue);
    }

    /// <summary>"Moscow's request", "the Russian request": refusing another's act does not undo it.</summary>
    private bool HasOwnActor(int noun) =>
        _deps.Children(noun).Any(c => _deps.Deprels[c] is "nmod:poss" || _deps.Deprels[c] is "amod" or "compound" && _deps.Document.Forms[c] is [var first, ..] && char.IsUpper(first));

    private int? IntentionObjectBefore(int verb, int complement)
    {
        foreach (int c in _deps.Children(verb))
        {
            if (c < complement && _deps.Deprels[c] == "obj" && _deps.Upos[c] == "NOUN" && _lexicon.Is(_deps.Lemmas[c], CueCategory.Intention))
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>
    /// The trigger and, for a noun, the light verb or copula that carries it ("had no talks", "was not a ban", "will not
    /// join the sanctions", "did not participate in the talks").
    /// </summary>
    private IEnumerable<int> Carriers(int trigger)
    {
        yield return trigger;
        if (_deps.Upos[trigger] is "NOUN" or "PROPN")
        {
            int h = _deps.Head(trigger);
            bool carried = _deps.BaseRel(trigger) is "obj" or "nsubj" || _deps.BaseRel(trigger) == "obl" && _deps.CaseOf(trigger) == "in";
            if (h >= 0 && carried && _lexicon.Is(_deps.Lemmas[h], CueCategory.Light))
            {
                yield return h;
            }
        }
    }

    /// <summary>"None of the five states have criticised Moscow", parsed as a relative clause on "none".</summary>
    private bool IsClauseOfNegativePronoun(int verb) =>
        _deps.Deprels[verb] == "acl:relcl" && _deps.Head(verb) is int head and >= 0
        && _deps.Upos[head] == "PRON" && _lexicon.Is(_deps.Lemmas[head], CueCategory.NegDet);

    /// <summary>"No Central Asian country sided ...", where the tagger took "No" for an interjection.</summary>
    private bool FollowsNegDet(int token)
    {
        int before = _deps.Subtree(token).First - 1;
        return before >= 0 && _deps.Upos[before] is "DET" or "INTJ" && _lexicon.Is(_deps.Lemmas[before], CueCategory.NegDet);
    }

    /// <summary>A report, claim or allegation that is the object of a denial ("denied reports that ...").</summary>
    private bool IsDeniedReport(int noun) =>
        _deps.Upos[noun] == "NOUN" && (_lexicon.ReportingNouns.ContainsKey(_deps.Lemmas[noun]) || _deps.Lemmas[noun] is "claim" or "allegation" or "accusation" or "rumour" or "rumor")
        && _deps.BaseRel(noun) == "obj" && _deps.Head(noun) is int verb and >= 0 && _lexicon.Is(_deps.Lemmas[verb], CueCategory.Denial);

    /// <summary>A word of intention, or the "going" of "is going to".</summary>
    private bool IsIntention(int token) => _lexicon.Is(_deps.Lemmas[token], CueCategory.Intention) || IsGoingTo(token);

    private bool IsGoingTo(int token) => _deps.Document.Forms[token].Equals("going", StringComparison.OrdinalIgnoreCase) && _deps.Child(token, "xcomp") >= 0;

    private bool IsNegated(int token) =>
        _deps.Children(token).Any(c => _deps.Deprels[c] is "advmod" or "advmod:neg" && _lexicon.Is(_deps.Lemmas[c], CueCategory.Negation));

    private bool HasNegDet(int token)
    {
        foreach (int c in _deps.Children(token))
        {
            if (_deps.Deprels[c] == "det" && _lexicon.Is(_deps.Lemmas[c], CueCategory.NegDet))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasAux(int token, out string aux)
    {
        foreach (int c in _deps.Children(token))
        {
            if (_deps.Deprels[c] == "aux" && (_lexicon.Is(_deps.Lemmas[c], CueCategory.Future) || _lexicon.Is(_deps.Lemmas[c], CueCategory.Modal)))
            {
                aux = _deps.Lemmas[c];
                return true;
            }
        }

        aux = "";
        return false;
    }
}
