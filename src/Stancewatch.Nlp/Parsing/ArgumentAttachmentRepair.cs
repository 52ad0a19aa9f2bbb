using System.Collections.Frozen;
using System.Runtime.InteropServices;

namespace Stancewatch.Nlp.Parsing;

/// <summary>
/// Repairs arguments that the parser hung on the wrong clause in the commonest shape of news prose, "X did Y on
/// Sunday, an official said": a verb with two subjects where one is a bare time word ("Pakistan today threatened")
/// keeps the other one, and the time word becomes a temporal modifier; a bare noun phrase left as a second clausal
/// complement of the reporting verb becomes the object of the reported verb before it, which also takes the reporting
/// verb's other subject when it has none ("Zambia extradited the suspect ..., an official said"); a name right
/// after a common-noun subject, read as a second subject, names it ("EAEU members Kazakhstan and Kyrgyzstan
/// refused"). Runs after the parser. Stateless and thread-safe.
/// </summary>
public sealed class ArgumentAttachmentRepair : IAnnotator
{
    private static readonly FrozenSet<string> TimeWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "today", "yesterday", "tomorrow", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    public string Name => "argument-attachment-repair";

    public AnnotationLayers Requires => AnnotationLayers.Tags | AnnotationLayers.Dependencies;

    public AnnotationLayers Produces => AnnotationLayers.Dependencies;

    public AnnotatedDocument Annotate(AnnotatedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var forms = ImmutableCollectionsMarshal.AsArray(document.Forms)!;
        var upos = ImmutableCollectionsMarshal.AsArray(document.Upos)!;
        var heads = document.Heads.ToArray();
        var deprels = document.Deprels.ToArray();
        bool changed = false;
        foreach (var s in document.Sentences())
        {
            changed |= Apply(forms, upos, heads, deprels, s.FirstToken, s.EndToken);
        }

        return changed ? document.WithDependencies([.. heads], [.. deprels]) : document;
    }

    /// <summary>
    /// Repairs the sentence [first, end) in place (heads are absolute indexes, -1 for the root) and tells whether
    /// anything changed.
    /// </summary>
    public static bool Apply(IReadOnlyList<string> forms, IReadOnlyList<string> upos, int[] heads, string[] deprels, int first, int end)
    {
        ArgumentNullException.ThrowIfNull(forms);
        ArgumentNullException.ThrowIfNull(upos);
        ArgumentNullException.ThrowIfNull(heads);
        ArgumentNullException.ThrowIfNull(deprels);
        bool changed = false;
        for (int t = first; t < end; t++)
        {
            changed |= DemoteTimeWordSubject(forms, heads, deprels, first, end, t);
            changed |= ReattachBareNounComplement(upos, heads, deprels, first, end, t);
            changed |= AttachNameToSubject(upos, heads, deprels, first, end, t);
        }

        return changed;
    }

    // "Pakistan today threatened": of two subjects, a bare time word is a temporal modifier.
    private static bool DemoteTimeWordSubject(IReadOnlyList<string> forms, int[] heads, string[] deprels, int first, int end, int word)
    {
        if (deprels[word] != "nsubj" || !TimeWords.Contains(forms[word]) || HeadArrays.HasChildren(heads, first, end, word))
        {
            return false;
        }

        for (int i = first; i < end; i++)
        {
            if (i != word && heads[i] == heads[word] && deprels[i].StartsWith("nsubj", StringComparison.Ordinal))
            {
                deprels[word] = "obl:unmarked";
                return true;
            }
        }

        return false;
    }

    // "EAEU members Kazakhstan and Kyrgyzstan refused", with "members" and "Kazakhstan" as two subjects.
    private static bool AttachNameToSubject(IReadOnlyList<string> upos, int[] heads, string[] deprels, int first, int end, int name)
    {
        if (deprels[name] != "nsubj" || upos[name] != "PROPN" || heads[name] < 0)
        {
            return false;
        }

        for (int i = first; i < name; i++)
        {
            if (heads[i] == heads[name] && deprels[i] == "nsubj" && upos[i] == "NOUN"
                && HeadArrays.SubtreeEnd(heads, first, end, i) == HeadArrays.SubtreeStart(heads, first, name))
            {
                heads[name] = i;
                deprels[name] = "appos";
                return true;
            }
        }

        return false;
    }

    // "Zambia extradited the suspect to Britain, an official said", with "suspect" as a second complement of "said".
    private static bool ReattachBareNounComplement(IReadOnlyList<string> upos, int[] heads, string[] deprels, int first, int end, int noun)
    {
        if (deprels[noun] != "ccomp" || upos[noun] is not ("NOUN" or "PROPN") || heads[noun] < 0
            || HasSubjectOrCopula(heads, deprels, first, end, noun))
        {
            return false;
        }

        int start = HeadArrays.SubtreeStart(heads, first, noun);
        int verb = -1;
        for (int i = first; i < start; i++)
        {
            if (heads[i] == heads[noun] && deprels[i] == "ccomp" && upos[i] == "VERB" && HeadArrays.SubtreeEnd(heads, first, end, i) == start)
            {
                verb = i;
            }
        }

        if (verb < 0 || HeadArrays.HasChild(heads, deprels, first, end, verb, "obj"))
        {
            return false;
        }

        heads[noun] = verb;
        deprels[noun] = "obj";
        GiveSubject(heads, deprels, first, end, verb);
        return true;
    }

    // The reported verb left without a subject takes the reporting verb's subject just before it, when the
    // reporting verb has another one.
    private static void GiveSubject(int[] heads, string[] deprels, int first, int end, int verb)
    {
        if (HeadArrays.HasSubject(heads, deprels, first, end, verb))
        {
            return;
        }

        int reporting = heads[verb];
        var subjects = Enumerable.Range(first, end - first).Where(i => heads[i] == reporting && deprels[i] == "nsubj").ToList();
        if (subjects.Count >= 2 && subjects[0] < verb && HeadArrays.SubtreeEnd(heads, first, end, subjects[0]) == verb)
        {
            heads[subjects[0]] = verb;
        }
    }

    private static bool HasSubjectOrCopula(int[] heads, string[] deprels, int first, int end, int head) =>
        HeadArrays.HasSubject(heads, deprels, first, end, head) || HeadArrays.HasChild(heads, deprels, first, end, head, "cop");
}
