using System.Collections.Immutable;
using Stancewatch.Nlp.Conllu;

namespace Stancewatch.Training.Evaluation;

/// <summary>
/// Brings UD v1 parses (as in the PETRARCH-2 validation records) to the UD v2 labels extraction reads: dobj → obj,
/// nsubjpass → nsubj:pass, auxpass → aux:pass, csubjpass → csubj:pass, neg → advmod, mwe → fixed, name → flat,
/// nmod on a verb or adjective → obl, and the CONJ tag → CCONJ.
/// </summary>
public static class UdVersionConverter
{
    /// <summary>The sentence with v2 labels (unchanged when it has none of the v1 labels).</summary>
    public static ConlluSentence ToV2(ConlluSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var words = sentence.Words;
        var upos = words.ToDictionary(w => w.Id, w => w.Upos);
        var converted = words.Select(w =>
        {
            string rel = w.Deprel switch
            {
                "dobj" => "obj",
                "nsubjpass" => "nsubj:pass",
                "auxpass" => "aux:pass",
                "csubjpass" => "csubj:pass",
                "neg" => "advmod",
                "mwe" => "fixed",
                "name" => "flat",
                "foreign" => "flat:foreign",
                _ => w.Deprel,
            };
            if (rel.StartsWith("nmod", StringComparison.Ordinal) && rel != "nmod:poss" && upos.TryGetValue(w.Head, out var headUpos) && headUpos is "VERB" or "ADJ" or "AUX")
            {
                rel = rel == "nmod:agent" ? "obl:agent" : "obl" + rel[4..];
            }

            if (rel == "obl" && words.Any(c => c.Head == w.Id && c.Lemma.Equals("by", StringComparison.OrdinalIgnoreCase)) && words.Any(c => c.Head == w.Head && c.Deprel is "auxpass" or "nsubjpass"))
            {
                rel = "obl:agent";
            }

            return w with { Deprel = rel, Upos = w.Upos == "CONJ" ? "CCONJ" : w.Upos };
        }).ToImmutableArray();
        return sentence with { Words = converted };
    }
}
