using System.Collections.Immutable;
using Stancewatch.Nlp;

namespace Stancewatch.Training.Entities;

/// <summary>
/// Scores predicted entity mentions against gold ones, sentence by sentence. A prediction is correct only when
/// its first token, end token and label all equal a gold mention's (exact span, as in conlleval and Universal NER).
/// </summary>
public static class NerScorer
{
    /// <summary>Scores parallel lists of gold and predicted mentions (one list per sentence).</summary>
    /// <exception cref="ArgumentException">The two lists differ in length.</exception>
    public static NerScore Score(IReadOnlyList<IReadOnlyList<EntityMention>> gold, IReadOnlyList<IReadOnlyList<EntityMention>> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        if (gold.Count != predicted.Count)
        {
            throw new ArgumentException($"{gold.Count} gold sentences but {predicted.Count} predicted", nameof(predicted));
        }

        var counts = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        int[] Of(string label) => counts.TryGetValue(label, out var c) ? c : counts[label] = new int[3];
        for (int s = 0; s < gold.Count; s++)
        {
            var goldSet = new HashSet<EntityMention>(gold[s]);
            foreach (var g in goldSet)
            {
                Of(g.Label)[0]++;
            }

            foreach (var p in new HashSet<EntityMention>(predicted[s]))
            {
                var c = Of(p.Label);
                c[1]++;
                if (goldSet.Contains(p))
                {
                    c[2]++;
                }
            }
        }

        var byType = counts.Select(kv => new NerTypeScore(kv.Key, kv.Value[0], kv.Value[1], kv.Value[2])).ToImmutableArray();
        var micro = new NerTypeScore("micro", byType.Sum(t => t.Gold), byType.Sum(t => t.Predicted), byType.Sum(t => t.Correct));
        return new NerScore(gold.Count, micro, byType);
    }

    /// <summary>The score of the union of disjoint sets scored apart (counts added by type), e.g. the folds of a cross-validation.</summary>
    public static NerScore Pool(IReadOnlyCollection<NerScore> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var byType = scores.SelectMany(s => s.ByType)
            .GroupBy(t => t.Label, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new NerTypeScore(g.Key, g.Sum(t => t.Gold), g.Sum(t => t.Predicted), g.Sum(t => t.Correct)))
            .ToImmutableArray();
        var micro = new NerTypeScore("micro", byType.Sum(t => t.Gold), byType.Sum(t => t.Predicted), byType.Sum(t => t.Correct));
        return new NerScore(scores.Sum(s => s.Sentences), micro, byType);
    }
}
