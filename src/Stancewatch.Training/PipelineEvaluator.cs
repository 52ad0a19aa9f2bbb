using System.Collections.Immutable;
using Stancewatch.Nlp.Lemmatization;
using Stancewatch.Nlp.Parsing;
using Stancewatch.Nlp.Tagging;

namespace Stancewatch.Training;

/// <summary>
/// Runs tagger (with the <see cref="PastFormRepair"/>), lemmatizer and parser in sequence on gold tokenization (each later stage sees predicted tags)
/// (then the <see cref="ParseRepairs"/> and <see cref="VerbAgreement"/> when there is a parser), as
/// <see cref="Nlp.LanguagePipeline"/> does,
/// and gives the CoNLL 2018 word-level metrics per set, named <c>{prefix}.{set}.{metric}</c>.
/// </summary>
public static class PipelineEvaluator
{
    /// <summary>Evaluates the given components on each set; absent components are not scored.</summary>
    public static ImmutableSortedDictionary<string, double> Evaluate(PerceptronTagger? tagger, EditRuleLemmatizer? lemmatizer, ArcHybridParser? parser, IReadOnlyList<Treebank> sets, string prefix)
    {
        ArgumentNullException.ThrowIfNull(sets);
        var result = ImmutableSortedDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        foreach (var set in sets)
        {
            var scorer = new GoldTokenScorer();
            foreach (var s in set.Sentences)
            {
                string[] upos = [.. s.Upos], xpos = [.. s.Xpos], feats = [.. s.Feats];
                if (tagger != null)
                {
                    var classes = tagger.Predict(s.Forms);
                    var split = classes.Select(c => PerceptronTagger.SplitLabel(tagger.Labels[c])).ToArray();
                    upos = [.. split.Select(x => x.Upos)];
                    xpos = [.. split.Select(x => x.Xpos)];
                    feats = [.. classes.Select((c, i) => tagger.FeatsOf(s.Forms[i], c))];
                    PastFormRepair.Apply(s.Forms.AsSpan(), upos, xpos, feats, 0, s.Count);
                }

                string[]? lemmas = lemmatizer is null ? null : [.. Enumerable.Range(0, s.Count).Select(i => lemmatizer.Predict(s.Forms[i], upos[i], xpos[i], feats[i]))];
                (int[] Heads, string[] Deprels)? tree = parser?.Predict(s.Forms, xpos, upos);
                if (tree is { } t && tagger != null)
                {
                    ParseRepairs.Apply(s.Forms, upos, xpos, t.Heads, t.Deprels, 0, s.Count);
                    VerbAgreement.Apply(s.Forms, upos, xpos, feats, t.Heads, t.Deprels, 0, s.Count);
                }
                scorer.Add(
                    s,
                    upos: tagger is null ? null : upos,
                    xpos: tagger is null ? null : xpos,
                    feats: tagger is null ? null : feats,
                    lemmas: lemmas,
                    heads: tree?.Heads,
                    deprels: tree?.Deprels);
            }

            foreach (var (metric, value) in scorer.Scores())
            {
                bool scored = metric switch
                {
                    "UPOS" or "XPOS" or "UFeats" or "AllTags" => tagger != null,
                    "Lemmas" => lemmatizer != null,
                    _ => parser != null,
                };
                if (scored)
                {
                    result[$"{prefix}.{set.Name}.{metric}"] = value;
                }
            }
        }

        return result.ToImmutable();
    }
}
