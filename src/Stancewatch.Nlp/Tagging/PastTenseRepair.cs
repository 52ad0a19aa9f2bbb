using System.Collections.Frozen;

namespace Stancewatch.Nlp.Tagging;

/// <summary>
/// Reads as a past tense a participle that can only be one: the sentence's first verb, right after a noun or pronoun
/// and followed by the start of a noun phrase, with no finite verb after it in its clause ("Security services advised
/// citizens on Thursday that ...", "The embassy informed its citizens that ..."). No auxiliary before it makes it
/// passive or perfect, a participle modifying the noun before it would not take an object, and a reduced relative
/// ("opinions expressed here are ...") is followed by the main verb. In the training treebanks' gold tags, 998 of the
/// 1,007 verbs in that position are past tenses. News has this shape far more often than the web text the tagger
/// learned from, and reading the verb as a participle leaves the parser without a main clause. Runs after the tagger,
/// before the parser; <see cref="VerbAgreement"/> later adds the verb's Number and Person. Stateless and thread-safe.
/// </summary>
public sealed class PastTenseRepair : IAnnotator
{
    /// <summary>The FEATS of a past tense before agreement (<see cref="TagClasses.ClassFeats"/> of VBD).</summary>
    public const string PastFeats = "Mood=Ind|Tense=Past|VerbForm=Fin";

    public string Name => "past-tense-repair";

    public AnnotationLayers Requires => AnnotationLayers.Tags;

    public AnnotationLayers Produces => AnnotationLayers.Tags;

    public AnnotatedDocument Annotate(AnnotatedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        string[] xpos = [.. document.Xpos], feats = [.. document.Feats];
        bool changed = false;
        foreach (var sentence in document.Sentences())
        {
            changed |= Apply(document.Forms, xpos, feats, sentence.FirstToken, sentence.EndToken);
        }

        return changed ? document.WithTags(document.Upos, [.. xpos], [.. feats]) : document;
    }

    /// <summary>Reads the participle of the sentence [first, end) as a past tense, if it is one; true when it did.</summary>
    public static bool Apply(IReadOnlyList<string> forms, string[] xpos, string[] feats, int first, int end)
    {
        ArgumentNullException.ThrowIfNull(xpos);
        ArgumentNullException.ThrowIfNull(feats);
        int verb = Participle(forms, xpos, first, end);
        if (verb < 0)
        {
            return false;
        }

        xpos[verb] = "VBD";
        feats[verb] = PastFeats;
        return true;
    }

    /// <summary>The participle in [first, end) to read as a past tense, or -1.</summary>
    public static int Participle(IReadOnlyList<string> forms, IReadOnlyList<string> xpos, int first, int end)
    {
        ArgumentNullException.ThrowIfNull(forms);
        ArgumentNullException.ThrowIfNull(xpos);
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

    private static bool FiniteVerbInClauseAfter(IReadOnlyList<string> forms, IReadOnlyList<string> xpos, int verb, int end)
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

    private static readonly FrozenSet<string> Subordinators = new[]
    {
        "that", "because", "if", "while", "although", "though", "since", "as", "after", "before", "when", "until", "unless", "whether",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static bool IsNominal(string xpos) => xpos is "NN" or "NNS" or "NNP" or "NNPS" or "PRP";

    private static bool StartsNounPhrase(string xpos) => xpos is "DT" or "PRP$" or "PRP" or "NN" or "NNS" or "NNP" or "NNPS" or "CD" or "JJ";
}
