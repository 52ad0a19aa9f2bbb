using System.Collections.Immutable;
using Stancewatch.Nlp;
using Stancewatch.Nlp.Conllu;
using Stancewatch.Nlp.Entities;

namespace Stancewatch.Training.Entities;

/// <summary>
/// Weak supervision from a treebank without entity labels (UD EWT train): a first <see cref="EntityModel"/> types the
/// names, and the treebank's gold proper-noun runs fix their boundaries. Only the labels use the gold tags; the
/// features of the model trained on the result never see them.
/// </summary>
public static class SilverEntityLabeler
{
    /// <summary>
    /// The proper-noun runs of a sentence as token ranges: maximal runs of PROPN words, two runs joined by "of", "&amp;",
    /// "de" or "for" when the right one depends on the left one ("Bank of America").
    /// </summary>
    public static IReadOnlyList<(int First, int End)> ProperNounRuns(ConlluSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var w = sentence.Words;
        var runs = new List<(int First, int End)>();
        for (int i = 0; i < w.Length;)
        {
            if (!IsProperNoun(w[i]))
            {
                i++;
                continue;
            }

            int j = i + 1;
            while (j < w.Length && IsProperNoun(w[j]))
            {
                j++;
            }

            runs.Add((i, j));
            i = j;
        }

        for (int r = 0; r + 1 < runs.Count; r++)
        {
            var (a, e) = runs[r];
            var (a2, e2) = runs[r + 1];
            if (a2 == e + 1 && w[e].Form is "of" or "&" or "de" or "for" && Enumerable.Range(a2, e2 - a2).Any(k => w[k].Head - 1 >= a && w[k].Head - 1 < e))
            {
                runs[r] = (a, e2);
                runs.RemoveAt(r + 1);
                r--;
            }
        }

        return runs;
    }

    /// <summary>Silver entity sentences for <paramref name="treebank"/>, labelled by <paramref name="model"/>.</summary>
    /// <param name="model">The first model (it must not have been trained on <paramref name="treebank"/>).</param>
    /// <param name="treebank">Sentences with gold UPOS and heads.</param>
    /// <param name="options">How predictions and proper-noun runs are combined.</param>
    /// <param name="source">Name of the treebank file, for <see cref="NerSentence.Source"/>.</param>
    public static IReadOnlyList<NerSentence> Label(EntityModel model, IReadOnlyList<ConlluSentence> treebank, SilverLabelOptions options, string source)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(treebank);
        ArgumentNullException.ThrowIfNull(options);
        var scheme = model.Scheme;
        var forms = treebank.Select(s => (IReadOnlyList<string>)[.. s.Words.Select(w => w.Form)]).ToArray();
        var labelled = new List<(ImmutableArray<EntityMention> Mentions, bool Keep)>(treebank.Count);
        var openRanges = new ImmutableArray<(int First, int End)>[treebank.Count];
        var documents = Documents(treebank);
        var found = new ImmutableArray<EntityMention>[treebank.Count];
        var emissions = new float[treebank.Count][];
        for (int s = 0; s < treebank.Count; s++)
        {
            var feats = model.Features.Extract(forms[s]);
            emissions[s] = EntityModel.Emissions(model.Weights, feats, scheme.Count);
            found[s] = scheme.Decode(ViterbiDecoder.Decode(scheme, emissions[s], model.Transitions, forms[s].Count));
        }

        foreach (var (first, count) in documents)
        {
            var propagated = EntityPropagator.Propagate(forms[first..(first + count)], found[first..(first + count)]);
            propagated.CopyTo(found, first);
        }

        for (int s = 0; s < treebank.Count; s++)
        {
            var runs = ProperNounRuns(treebank[s]);
            var mentions = new List<EntityMention>();
            var open = new List<(int First, int End)>();
            bool keep = true;
            foreach (var m in found[s])
            {
                var inside = runs.Where(r => r.First <= m.FirstToken && m.EndToken <= r.End).ToList();
                if (inside.Count == 1 && inside[0] == (m.FirstToken, m.EndToken))
                {
                    mentions.Add(m);
                }
                else if (options.SnapToRuns && inside.Count == 1 && found[s].Count(o => o.FirstToken < inside[0].End && o.EndToken > inside[0].First) == 1)
                {
                    mentions.Add(new EntityMention(inside[0].First, inside[0].End, m.Label));
                }
                else if (options.OpenUnlabelledRuns)
                {
                    int first = Math.Min(m.FirstToken, runs.Where(r => r.First < m.EndToken && r.End > m.FirstToken).Select(r => r.First).DefaultIfEmpty(m.FirstToken).Min());
                    int end = Math.Max(m.EndToken, runs.Where(r => r.First < m.EndToken && r.End > m.FirstToken).Select(r => r.End).DefaultIfEmpty(m.EndToken).Max());
                    open.Add((first, end));
                }
                else if (options.DropDoubtfulSentences)
                {
                    keep = false;
                }
                else
                {
                    mentions.Add(m);
                }
            }

            if (options.OpenUnlabelledRuns)
            {
                open.AddRange(runs.Where(r => !mentions.Any(m => m.FirstToken < r.End && m.EndToken > r.First)));
            }

            // An open range never overlaps a kept mention: a mention inside it becomes open too.
            mentions.RemoveAll(m => open.Any(r => r.First < m.EndToken && r.End > m.FirstToken));
            openRanges[s] = [.. open];
            labelled.Add(([.. mentions.OrderBy(m => m.FirstToken)], keep));
        }

        var result = new List<NerSentence>();
        for (int s = 0; s < treebank.Count; s++)
        {
            if (labelled[s].Keep)
            {
                result.Add(new NerSentence(source + "#" + (treebank[s].SentId ?? s.ToString(System.Globalization.CultureInfo.InvariantCulture)), [.. forms[s]], labelled[s].Mentions) { OpenRanges = openRanges[s], Weak = true });
            }
        }

        return result;
    }

    private static bool IsProperNoun(ConlluWord w) =>
        string.Equals(w.Upos, "PROPN", StringComparison.Ordinal);

    private static IReadOnlyList<(int First, int Count)> Documents(IReadOnlyList<ConlluSentence> treebank)
    {
        var runs = new List<(int, int)>();
        for (int i = 0; i < treebank.Count;)
        {
            int j = i + 1;
            while (j < treebank.Count && !treebank[j].StartsDocument)
            {
                j++;
            }

            runs.Add((i, j - i));
            i = j;
        }

        return runs;
    }
}
