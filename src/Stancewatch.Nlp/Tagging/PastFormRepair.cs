using System.Collections.Frozen;
using System.Runtime.InteropServices;

namespace Stancewatch.Nlp.Tagging;

/// <summary>
/// Settles by grammar the tagger's choice between past tense (VBD) and past participle (VBN), which regular verbs
/// spell alike:
/// <list type="bullet">
/// <item>right after a form of "have" or "be" (adverbs between allowed) a verb is a participle: "has granted",
/// "was informed". In the training treebanks' gold tags 3,688 of 3,689 such verbs are.</item>
/// <item>the sentence's first verb, right after a noun or pronoun, followed by the start of a noun phrase and with no
/// finite verb after it in its clause, is a past tense: "Security services advised citizens on Thursday that ...".
/// No auxiliary makes it passive or perfect, a participle modifying the noun before it would not take an object,
/// and a reduced relative ("opinions expressed here are ...") is followed by the main verb. In the gold tags 998 of
/// the 1,007 verbs in that position are past tenses.</item>
/// </list>
/// News has the second shape far more often than the web text the tagger learned from, and a participle there
/// leaves the parser without a main clause. Runs after the tagger, before the parser; <see cref="VerbAgreement"/>
/// later adds a past tense's Number and Person. Stateless and thread-safe.
/// </summary>
public sealed class PastFormRepair : IAnnotator
{
    /// <summary>The FEATS of a past tense before agreement (<see cref="TagClasses.ClassFeats"/> of VBD).</summary>
    public const string PastFeats = "Mood=Ind|Tense=Past|VerbForm=Fin";

    /// <summary>The FEATS of a participle after "have".</summary>
    public const string PerfectFeats = "Tense=Past|VerbForm=Part";

    /// <summary>The FEATS of a participle after "be".</summary>
    public const string PassiveFeats = "Tense=Past|VerbForm=Part|Voice=Pass";

    private static readonly FrozenSet<string> HaveForms = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "have", "has", "had", "having", "'ve", "'d");

    private static readonly FrozenSet<string> BeForms = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "'m");

    private static readonly FrozenSet<string> Subordinators = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "that", "because", "if", "while", "although", "though", "since", "as", "after", "before", "when", "until", "unless", "whether");

    public string Name => "past-form-repair";

    public AnnotationLayers Requires => AnnotationLayers.Tags;

    public AnnotationLayers Produces => AnnotationLayers.Tags;

    public AnnotatedDocument Annotate(AnnotatedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        string[]? xpos = null, feats = null;
        foreach (var sentence in document.Sentences())
        {
            if (!Applies(document.Forms.AsSpan(), document.Upos.AsSpan(), document.Xpos.AsSpan(), sentence.FirstToken, sentence.EndToken))
            {
                continue;
            }

            xpos ??= [.. document.Xpos];
            feats ??= [.. document.Feats];
            Apply(document.Forms.AsSpan(), document.Upos.AsSpan(), xpos, feats, sentence.FirstToken, sentence.EndToken);
        }

        // The arrays are this call's own copies, so the document can take them without another copy.
        return xpos is null ? document : document.WithTags(document.Upos, ImmutableCollectionsMarshal.AsImmutableArray(xpos), ImmutableCollectionsMarshal.AsImmutableArray(feats));
    }

    /// <summary>True when <see cref="Apply"/> would change the sentence [first, end).</summary>
    public static bool Applies(ReadOnlySpan<string> forms, ReadOnlySpan<string> upos, ReadOnlySpan<string> xpos, int first, int end)
    {
        for (int i = first; i < end; i++)
        {
            if (xpos[i] == "VBD" && AuxiliaryBefore(forms, upos, xpos, first, i) is not null)
            {
                return true;
            }
        }

        return PastTense(forms, xpos, first, end) >= 0;
    }

    /// <summary>Repairs the sentence [first, end) in place; true when anything changed.</summary>
    public static bool Apply(ReadOnlySpan<string> forms, ReadOnlySpan<string> upos, string[] xpos, string[] feats, int first, int end)
    {
        ArgumentNullException.ThrowIfNull(xpos);
        ArgumentNullException.ThrowIfNull(feats);
        bool changed = false;
        for (int i = first; i < end; i++)
        {
            if (xpos[i] == "VBD" && AuxiliaryBefore(forms, upos, xpos, first, i) is { } auxiliary)
            {
                xpos[i] = "VBN";
                feats[i] = HaveForms.Contains(auxiliary) ? PerfectFeats : PassiveFeats;
                changed = true;
            }
        }

        int verb = PastTense(forms, xpos, first, end);
        if (verb >= 0)
        {
            xpos[verb] = "VBD";
            feats[verb] = PastFeats;
            changed = true;
        }

        return changed;
    }

    /// <summary>The participle in [first, end) to read as a past tense, or -1.</summary>
    public static int PastTense(ReadOnlySpan<string> forms, ReadOnlySpan<string> xpos, int first, int end)
    {
        for (int i = first; i < end - 1; i++)
        {
            if (xpos[i] == "VBN")
            {
                return i > first && IsNominal(xpos[i - 1]) && StartsNounPhrase(xpos[i + 1]) && !FiniteVerbInClauseAfter(forms, xpos, i, end) ? i : -1;
            }

            if (xpos[i].StartsWith("VB", StringComparison.Ordinal) || xpos[i] == "MD")
            {
                return -1; // "to be advised", "being informed", "was informed": not the sentence's first verb.
            }
        }

        return -1;
    }

    // The form of "have" or "be" tagged as an auxiliary just before the verb, adverbs between allowed.
    private static string? AuxiliaryBefore(ReadOnlySpan<string> forms, ReadOnlySpan<string> upos, ReadOnlySpan<string> xpos, int first, int verb)
    {
        int k = verb - 1;
        while (k >= first && xpos[k] == "RB")
        {
            k--;
        }

        return k >= first && upos[k] == "AUX" && (HaveForms.Contains(forms[k]) || BeForms.Contains(forms[k])) ? forms[k] : null;
    }

    private static bool FiniteVerbInClauseAfter(ReadOnlySpan<string> forms, ReadOnlySpan<string> xpos, int verb, int end)
    {
        for (int k = verb + 1; k < end; k++)
        {
            if (IsClauseBoundary(forms[k], xpos[k]))
            {
                return false;
            }

            if (xpos[k] is "VBD" or "VBZ" or "VBP" or "MD")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsClauseBoundary(string form, string xpos) =>
        xpos is "WDT" or "WP" or "WP$" or "WRB" or "," or ":" or "-LRB-" or "HYPH"
        || xpos == "IN" && Subordinators.Contains(form);

    private static bool IsNominal(string xpos) => xpos is "NN" or "NNS" or "NNP" or "NNPS" or "PRP";

    private static bool StartsNounPhrase(string xpos) => xpos is "DT" or "PRP$" or "PRP" or "NN" or "NNS" or "NNP" or "NNPS" or "CD" or "JJ";
}
