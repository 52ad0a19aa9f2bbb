using System.Collections.Frozen;
using System.Runtime.InteropServices;

namespace Stancewatch.Nlp.Parsing;

/// <summary>
/// Repairs a clause that the tagger opened as a prepositional phrase: in "banned protests after Russia launched its
/// war", "after" is read as a preposition of "Russia" and the clause's verb is left without a subject. When a
/// subordinator tagged ADP heads a noun phrase that a finite verb without a subject follows at once, the noun
/// becomes that verb's subject, the subordinator its marker (SCONJ), and the verb an adverbial clause of the word
/// the phrase hung on. A finite verb without a subject that follows a phrase set in apposition takes it as subject.
/// News prose has many such clauses; the training treebanks few. Runs after the parser.
/// Stateless and thread-safe.
/// </summary>
public sealed class SubordinateClauseRepair : IAnnotator
{
    private static readonly FrozenSet<string> Subordinators =
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "after", "before", "since", "until", "till", "as");

    public string Name => "subordinate-clause-repair";

    public AnnotationLayers Requires => AnnotationLayers.Tags | AnnotationLayers.Dependencies;

    public AnnotationLayers Produces => AnnotationLayers.Tags | AnnotationLayers.Dependencies;

    public AnnotatedDocument Annotate(AnnotatedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var forms = ImmutableCollectionsMarshal.AsArray(document.Forms)!;
        var upos = document.Upos.ToArray();
        var xpos = ImmutableCollectionsMarshal.AsArray(document.Xpos)!;
        var heads = document.Heads.ToArray();
        var deprels = document.Deprels.ToArray();
        bool changed = false;
        foreach (var s in document.Sentences())
        {
            changed |= Apply(forms, upos, xpos, heads, deprels, s.FirstToken, s.EndToken);
        }

        return changed ? document.WithTags([.. upos], document.Xpos, document.Feats).WithDependencies([.. heads], [.. deprels]) : document;
    }

    /// <summary>
    /// Repairs the sentence [first, end) in place (heads are absolute indexes, -1 for the root) and tells whether
    /// anything changed.
    /// </summary>
    public static bool Apply(IReadOnlyList<string> forms, string[] upos, IReadOnlyList<string> xpos, int[] heads, string[] deprels, int first, int end)
    {
        ArgumentNullException.ThrowIfNull(forms);
        ArgumentNullException.ThrowIfNull(upos);
        ArgumentNullException.ThrowIfNull(xpos);
        ArgumentNullException.ThrowIfNull(heads);
        ArgumentNullException.ThrowIfNull(deprels);
        bool changed = false;
        for (int marker = first; marker < end; marker++)
        {
            if (upos[marker] != "ADP" || deprels[marker] != "case" || !Subordinators.Contains(forms[marker]))
            {
                continue;
            }

            int noun = heads[marker];
            if (noun <= marker || upos[noun] is not ("NOUN" or "PROPN" or "PRON"))
            {
                continue;
            }

            if (deprels[noun] == "nsubj" && heads[noun] == HeadArrays.SubtreeEnd(heads, first, end, noun))
            {
                // The subject is right, the marker is not: "after Russia launched", with "after" on "Russia".
                MarkClause(upos, heads, deprels, marker, heads[noun]);
                PromoteMainClause(heads, deprels, first, end, heads[noun]);
                changed = true;
                continue;
            }

            if (BaseRelation(deprels[noun]) is not ("obl" or "nmod"))
            {
                continue;
            }

            int verb = HeadArrays.SubtreeEnd(heads, first, end, noun);
            if (verb >= end || upos[verb] is not ("VERB" or "AUX") || xpos[verb] is not ("VBD" or "VBZ" or "VBP") || HeadArrays.HasSubject(heads, deprels, first, end, verb))
            {
                continue;
            }

            int governor = heads[noun];
            if (governor != verb && !HeadArrays.Dominates(heads, verb, governor))
            {
                heads[verb] = governor;
                deprels[verb] = "advcl";
            }

            heads[noun] = verb;
            deprels[noun] = HeadArrays.HasChild(heads, deprels, first, end, verb, "aux:pass") ? "nsubj:pass" : "nsubj";
            MarkClause(upos, heads, deprels, marker, verb);
            changed = true;
        }

        for (int verb = first + 1; verb < end; verb++)
        {
            changed |= RepairAppositionSubject(upos, xpos, heads, deprels, first, end, verb);
        }

        return changed;
    }

    /// <summary>
    /// "launched its war on Ukraine, a local court in Bishkek banned protests": a finite verb without a subject right
    /// after a noun phrase that the parser set in apposition; the phrase is the verb's subject.
    /// </summary>
    private static bool RepairAppositionSubject(string[] upos, IReadOnlyList<string> xpos, int[] heads, string[] deprels, int first, int end, int verb)
    {
        if (upos[verb] != "VERB" || xpos[verb] is not ("VBD" or "VBZ" or "VBP"))
        {
            return false;
        }

        for (int noun = verb - 1; noun >= first; noun--)
        {
            if (deprels[noun] == "appos" && upos[noun] is "NOUN" or "PROPN" && HeadArrays.SubtreeEnd(heads, first, end, noun) == verb
                && !HeadArrays.Dominates(heads, noun, verb) && !HeadArrays.HasSubject(heads, deprels, first, end, verb))
            {
                heads[noun] = verb;
                deprels[noun] = "nsubj";
                return true;
            }
        }

        return false;
    }

    private static void MarkClause(string[] upos, int[] heads, string[] deprels, int marker, int verb)
    {
        heads[marker] = verb;
        deprels[marker] = "mark";
        upos[marker] = "SCONJ";
    }

    /// <summary>
    /// "After Russia launched its war, a court banned protests", parsed with the opening clause as the root and the
    /// main clause as its conjunct: the conjunct (with no conjunction of its own) becomes the root.
    /// </summary>
    private static void PromoteMainClause(int[] heads, string[] deprels, int first, int end, int clause)
    {
        if (heads[clause] >= 0)
        {
            return;
        }

        for (int c = clause + 1; c < end; c++)
        {
            if (heads[c] == clause && deprels[c] is "conj" or "parataxis" && !HeadArrays.HasChild(heads, deprels, first, end, c, "cc"))
            {
                heads[c] = -1;
                deprels[c] = "root";
                heads[clause] = c;
                deprels[clause] = "advcl";
                for (int k = first; k < end; k++)
                {
                    // The punctuation that closed the opening clause stays with it.
                    if (heads[k] == clause && k > c && deprels[k] == "punct")
                    {
                        heads[k] = c;
                    }
                }

                return;
            }
        }
    }

    private static string BaseRelation(string deprel)
    {
        int colon = deprel.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? deprel : deprel[..colon];
    }
}
