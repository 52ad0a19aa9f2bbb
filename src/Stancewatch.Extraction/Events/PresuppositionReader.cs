using Stancewatch.Extraction.Lexicons;

namespace Stancewatch.Extraction.Events;

/// <summary>
/// Tells whether an event noun reports its event or only refers to it as known background. A noun reports
/// when it is the object of a verb ("held talks", "imposed sanctions"), the subject of a verb of occurrence
/// ("the call took place"), the setting of its clause ("in a conversation with Putin, Modi appealed"), or a
/// headline's head. Elsewhere it refers to an event reported elsewhere: "after the invasion", "support for
/// the war", "the results of the meeting", "Russia's invasion provoked reactions".
/// </summary>
internal sealed class PresuppositionReader
{
    private readonly DependencyIndex _deps;
    private readonly EventLexicon _lexicon;

    public PresuppositionReader(DependencyIndex deps, EventLexicon lexicon)
    {
        _deps = deps;
        _lexicon = lexicon;
    }

    /// <summary>
    /// "Russia's invasion of Ukraine provoked reactions" parsed with the noun as root and the verb as its clause:
    /// the noun is the verb's subject.
    /// </summary>
    private bool IsMisparsedSubject(int root)
    {
        foreach (int c in _deps.Children(root))
        {
            if (_deps.BaseRel(c) == "acl" && _deps.Document.Xpos[c] is "VBD" or "VBZ" or "VBP")
            {
                return !_lexicon.Is(_deps.Lemmas[c], CueCategory.Occurrence);
            }
        }

        return false;
    }

    public bool IsPresupposed(int noun)
    {
        int child = noun;
        bool through = false;
        for (int guard = 0; guard < 6; guard++)
        {
            int head = _deps.Head(child);
            if (head < 0)
            {
                return IsMisparsedSubject(child);
            }

            switch (_deps.BaseRel(child))
            {
                case "conj" or "appos":
                    child = head;
                    continue;
                case "obj" or "iobj" or "xcomp" or "root":
                    return false;
                case "nsubj":
                    return !_lexicon.Is(_deps.Lemmas[head], CueCategory.Occurrence);
                case "obl" or "nmod":
                    string? preposition = _deps.CaseOf(child);
                    if (!through && preposition != null && _lexicon.Is(preposition, CueCategory.Setting) && _deps.Upos[head] == "VERB")
                    {
                        return false;
                    }

                    // "the launch of an operation": the noun reports what the noun it completes reports.
                    if (preposition == "of" && _lexicon.Is(_deps.Lemmas[head], CueCategory.Light))
                    {
                        child = head;
                        through = true;
                        continue;
                    }

                    return true;
                case "compound" or "nmod:poss" or "amod":
                    return true;
                default:
                    return false;
            }
        }

        return false;
    }
}
