using Stancewatch.Extraction.Lexicons;

namespace Stancewatch.Extraction.Events;

/// <summary>
/// Finds what a speaker says another party must do: "Russia said Sudan must return the helicopter", "the minister
/// reiterated that Libya should hand over the suspects", "X declared that China has to drop its barriers". Such a
/// statement is the speaker's demand of the subject of the reported clause (CAMEO 10), whatever the clause's own
/// event; a passive clause ("must be punished") names no addressee and is left alone.
/// </summary>
internal sealed class ObligationReader
{
    private readonly DependencyIndex _deps;
    private readonly EventLexicon _lexicon;

    public ObligationReader(DependencyIndex deps, EventLexicon lexicon)
    {
        _deps = deps;
        _lexicon = lexicon;
    }

    /// <summary>The subject of an obligation clause the reporting verb governs, or -1.</summary>
    public int ObligedSubject(int reportingVerb)
    {
        foreach (int clause in _deps.Children(reportingVerb))
        {
            if (_deps.Deprels[clause] != "ccomp" || _deps.Child(clause, "nsubj:pass") >= 0 || _deps.Child(clause, "aux:pass") >= 0)
            {
                continue;
            }

            bool modal = _deps.Children(clause).Any(c => _deps.Deprels[c] == "aux" && _deps.Document.Xpos[c] == "MD" && _lexicon.Is(_deps.Lemmas[c], CueCategory.Obligation));
            bool verb = _lexicon.Is(_deps.Lemmas[clause], CueCategory.Obligation) && _deps.Child(clause, "xcomp") >= 0;
            int subject = _deps.Child(clause, "nsubj");
            if ((modal || verb) && subject >= 0 && _deps.Upos[subject] is "NOUN" or "PROPN")
            {
                return subject;
            }
        }

        return -1;
    }
}
